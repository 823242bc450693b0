declare module 'hyphen/nl' {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string }): string;
}
declare module 'hyphen/en-us' {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string }): string;
}
