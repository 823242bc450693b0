/** Styles of the pre-send review (in its own shadow root, on top of the in-page card styles it reuses). */
export const REVIEW_CSS = `
.review { position: fixed; z-index: 2147483001; box-sizing: border-box; display: flex; flex-direction: column;
  width: 440px; max-width: calc(100vw - 16px); max-height: 620px; background: #fff; color: #1b1f24;
  border: 1px solid #8c959f; border-top: 4px solid #c5221f; border-radius: 10px; box-shadow: 0 12px 32px rgba(0,0,0,.28);
  font: 13px/1.4 system-ui, "Segoe UI", Arial, sans-serif; }
/* The dialog itself only takes focus to receive Esc; its controls show focus. */
.review:focus { outline: none; }
.review.clear { border-top-color: #1a7f37; }
.rhead { padding: 12px 14px 6px; }
.rhead h2 { margin: 0 0 4px; font-size: 15px; }
.rhead p { margin: 0; color: #3a434d; }
.items { overflow: auto; padding: 0 14px; flex: 1 1 auto; }
.items .card { position: static; width: auto; max-height: none; box-shadow: none; margin: 8px 0; padding: 10px 12px; }
.items .quote { margin: 2px 0 6px; padding: 2px 8px; border-left: 3px solid #c5221f; font-style: italic; white-space: pre-wrap; }
.status { margin: 6px 14px 0; padding: 6px 8px; border-radius: 6px; background: #dafbe1; color: #0f5323; font-weight: 600; }
.status.problem { background: #fff1e5; color: #762c00; }
.status:empty { display: none; }
.rfoot { display: flex; gap: 8px; justify-content: flex-end; align-items: center; padding: 10px 14px 12px; border-top: 1px solid #d0d7de; margin-top: 8px; }
.rfoot .hint { margin-right: auto; flex: 1 1 auto; min-width: 0; font-size: 12px; color: #57606a; }
.rfoot button { flex: none; white-space: nowrap; font: 600 13px system-ui, sans-serif; border-radius: 6px; padding: 6px 14px; cursor: pointer; }
.rfoot .back { background: #fff; color: #1b1f24; border: 1px solid #57606a; }
.rfoot .send { background: #a50e0e; color: #fff; border: 1px solid #a50e0e; }
.review.clear .rfoot .send { background: #0b57d0; border-color: #0b57d0; }
.rfoot button:focus-visible, .items button:focus-visible, .items input:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
`;
