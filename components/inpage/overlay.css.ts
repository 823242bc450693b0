/** Styles of the in-page overlay; they live in a shadow root, so the mail page can't touch them. */
export const OVERLAY_CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483000; font: 13px/1.4 system-ui, "Segoe UI", Arial, sans-serif; color: #1b1f24; }
.u { position: fixed; height: 0; border-bottom: 2px solid; pointer-events: none; }
.u.error { border-color: #c5221f; border-bottom-style: solid; }
.u.warning { border-color: #b26200; border-bottom-style: dashed; }
.u.info { border-color: #1a6bb8; border-bottom-style: dotted; }
.u.flash { animation: flash 0.9s ease-in-out 2; }
@keyframes flash { 50% { border-bottom-width: 5px; } }
.badge { position: fixed; pointer-events: auto; display: flex; align-items: stretch; border: 1px solid #c9d1d9; border-left-width: 5px; background: #fff; color: #1b1f24; border-radius: 8px; font: 600 12px/18px system-ui, sans-serif; box-shadow: 0 1px 3px rgba(0,0,0,.15); white-space: nowrap; }
.badge.band-good { border-left-color: #1a7f37; } .badge.band-fair { border-left-color: #b26200; } .badge.band-poor { border-left-color: #c5221f; }
.badge button { background: none; border: 0; font: inherit; color: inherit; cursor: pointer; padding: 2px 7px; }
.badge-main { display: flex; gap: 5px; align-items: baseline; }
.badge .band-word { font-weight: 600; } .badge .score { font-weight: 700; } .badge .count { font-weight: 400; color: #57606a; }
.badge-more { border-left: 1px solid #d0d7de !important; color: #57606a !important; }
.badge-menu { position: absolute; right: 0; bottom: calc(100% + 4px); background: #fff; border: 1px solid #c9d1d9; border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.18); padding: 4px 0; display: flex; flex-direction: column; min-width: 200px; }
.badge-menu[hidden] { display: none; }
.badge-menu button { text-align: left; padding: 6px 12px; font-weight: 400; }
.badge-menu button:hover { background: #f6f8fa; }
.badge button:focus-visible, .card button:focus-visible, .card input:focus-visible, .list button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.card, .list { position: fixed; pointer-events: auto; width: 340px; max-height: 60vh; overflow: auto; background: #fff; border: 1px solid #c9d1d9; border-radius: 10px; box-shadow: 0 8px 24px rgba(0,0,0,.18); padding: 12px 14px; }
.head { display: flex; gap: 8px; align-items: center; margin-bottom: 6px; }
.sev { font-weight: 700; font-size: 12px; padding: 1px 7px; border-radius: 9px; }
.sev.error { background: #fce8e6; color: #a50e0e; } .sev.warning { background: #fef3e0; color: #8a4b00; } .sev.info { background: #e8f0fe; color: #174ea6; }
.cat { font-weight: 600; }
.close { margin-left: auto; background: none; border: 0; font-size: 18px; cursor: pointer; color: #444; }
.msg { margin: 4px 0 8px; }
.hears { background: #f6f8fa; border-left: 3px solid #8250df; padding: 6px 8px; margin: 0 0 10px; }
.hears b { display: block; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #57606a; }
.sugg { border: 1px solid #d0d7de; border-radius: 8px; padding: 8px; margin: 6px 0; }
.sugg p { margin: 0 0 6px; white-space: pre-wrap; }
.sugg label { display: block; font-size: 12px; margin: 4px 0; color: #3a434d; }
.sugg input { width: 100%; box-sizing: border-box; padding: 4px 6px; border: 1px solid #8c959f; border-radius: 6px; font: inherit; }
button.primary { background: #0b57d0; color: #fff; border: 0; border-radius: 6px; padding: 5px 12px; font: 600 13px system-ui, sans-serif; cursor: pointer; }
button.primary:disabled { background: #8c959f; cursor: not-allowed; }
.actions { display: flex; gap: 8px; margin-top: 8px; flex-wrap: wrap; }
.actions button { background: #fff; border: 1px solid #8c959f; border-radius: 6px; padding: 4px 10px; font: 13px system-ui, sans-serif; cursor: pointer; color: #1b1f24; }
.note, .src { font-size: 12px; color: #57606a; }
.list h2 { font-size: 14px; margin: 0; }
.list .count { margin: 0 0 8px; color: #57606a; font-size: 12px; }
.list ul { list-style: none; margin: 0; padding: 0; }
.list li { margin: 0; border-top: 1px solid #eaeef2; }
.list .item { display: block; width: 100%; background: none; border: 0; padding: 7px 4px; text-align: left; cursor: pointer; font: inherit; color: #1b1f24; }
.list .item:hover { background: #f6f8fa; }
.list .what { display: flex; gap: 6px; align-items: center; margin-bottom: 2px; }
.list .what .cat { font-size: 12px; color: #3a434d; }
.list .text { display: block; }
.notice .msg { margin: 0 0 4px; }
`;
