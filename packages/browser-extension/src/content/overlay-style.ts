/** The overlay's styles, adopted into its shadow root (a constructed sheet: page CSP and page CSS do not touch it). */
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.mirror {
  position: fixed; visibility: hidden; overflow: hidden; box-sizing: content-box;
  margin: 0; border: 0; pointer-events: none; contain: strict;
}
.layer { position: fixed; overflow: hidden; pointer-events: none; }
.u { position: absolute; height: 2px; border-radius: 1px; pointer-events: none; opacity: 0.9; }
.u[data-severity="error"] { background: #c4532d; }
.u[data-severity="warning"] { background: #d49a2a; }
.u[data-severity="info"] { background: #5b8cc4; }
.u[data-category="readability"] {
  background: none; height: 0; border-bottom: 2px dotted #93a1b5; border-radius: 0; opacity: 0.8;
}
.u[data-category="plan"], .u[data-category="child-voice"], .u[data-category="tone"] { background: #8a6bbf; }
.u[data-outer] {
  background: none; height: 0; border-radius: 0; border-bottom: 2px dashed #8a6bbf; opacity: 0.85;
}
.u[data-outer][data-severity="error"] { border-bottom-color: #c4532d; }
.mark { position: absolute; pointer-events: none; border-radius: 3px; background: rgba(91, 140, 196, 0.16); }

.card {
  position: fixed; pointer-events: auto; z-index: 2; background: #ffffff; color: #1f2933;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  border: 1px solid #d5dde6; border-radius: 10px; box-shadow: 0 6px 24px rgba(31, 41, 51, 0.14);
  text-align: left; letter-spacing: normal; word-spacing: normal; text-transform: none; white-space: normal;
}
.popover { width: 340px; max-width: calc(100vw - 16px); padding: 12px 14px 12px 16px; border-left: 4px solid #5b8cc4; }
.popover[data-severity="error"] { border-left-color: #c4532d; }
.popover[data-severity="warning"] { border-left-color: #d49a2a; }
.head { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.kind { font-size: 12.5px; font-weight: 600; color: #3e4c59; flex: 1; }
.level { font-weight: 400; color: #7b8794; }
.close {
  all: unset; cursor: pointer; width: 22px; height: 22px; border-radius: 6px; color: #7b8794;
  display: inline-flex; align-items: center; justify-content: center; font-size: 16px; line-height: 1;
}
.close:hover, .close:focus-visible { background: #eef2f6; color: #1f2933; }
.reason { margin: 0 0 10px; font-size: 14px; }
.alternatives { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 10px; }
.alt {
  all: unset; cursor: pointer; padding: 4px 10px; border-radius: 6px; background: #e8f1f2; color: #1d5458;
  font: 600 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; border: 1px solid #c5dcdf;
}
.alt:hover, .alt:focus-visible { background: #d5e8ea; border-color: #2f6f73; }
.alt[hidden] { display: none; }
.more {
  all: unset; cursor: pointer; padding: 4px 8px; border-radius: 6px; color: #1d5458;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; text-decoration: underline;
}
.more:hover, .more:focus-visible { background: #eef5f5; }
.note { margin: 0 0 8px; color: #52606d; font-size: 12.5px; }
.sources { margin: 0 0 10px; color: #7b8794; font-size: 11.5px; }
.sources summary { cursor: pointer; color: #52606d; font-size: 12px; }
.sources p { margin: 4px 0 0; }
.foot { display: flex; align-items: center; justify-content: space-between; gap: 8px; border-top: 1px solid #edf1f5; padding-top: 8px; }
.ignores { display: flex; flex-wrap: wrap; gap: 2px 10px; }
.ignore {
  all: unset; cursor: pointer; color: #52606d; font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  padding: 2px 6px; border-radius: 5px; margin-left: -6px;
}
.ignore:hover, .ignore:focus-visible { background: #eef2f6; color: #1f2933; }
.rule { color: #9aa5b1; font-size: 11px; }

.pill {
  all: unset; position: fixed; pointer-events: auto; cursor: pointer; z-index: 1;
  display: inline-flex; align-items: center; gap: 6px; padding: 3px 9px 3px 7px; border-radius: 999px;
  background: rgba(255, 255, 255, 0.96); color: #1f2933; border: 1px solid #d5dde6;
  box-shadow: 0 1px 4px rgba(31, 41, 51, 0.12);
  font: 600 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
}
.pill:hover, .pill:focus-visible { border-color: #2f6f73; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: #3f8f6b; }
.dot[data-severity="error"] { background: #c4532d; }
.dot[data-severity="warning"] { background: #d49a2a; }
.dot[data-severity="info"] { background: #5b8cc4; }
.summary { width: 320px; max-width: calc(100vw - 16px); padding: 12px 14px; }
.summary h2 { all: unset; display: block; flex: 1; font-weight: 600; font-size: 14px; }
.summary .head { margin-bottom: 10px; }
.rows { display: grid; grid-template-columns: auto 1fr; gap: 6px 12px; margin: 0 0 10px; }
.rows dt { color: #52606d; }
.rows dd { margin: 0; }
.general { margin: 0 0 10px; padding: 0; list-style: none; }
.general li { margin: 0 0 6px; padding-left: 10px; border-left: 3px solid #d49a2a; font-size: 12.5px; }
.private { color: #7b8794; font-size: 11.5px; border-top: 1px solid #edf1f5; padding-top: 8px; }
`;
