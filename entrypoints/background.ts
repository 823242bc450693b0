export default defineBackground(() => {
  // Rule-set sync lives here (see the team rule-set issue).
});
