// The HTML report's look (CSS) and behaviour (script), inline in every page.
// System fonts only; nothing here may name a URL (tests check the page).
#include "twice/report/html.h"

namespace twice::report::html {

const char* const kStyle = R"css(
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa;--later:#cf222e;
--later-bg:#fff1f0;--earlier:#0969da;--earlier-bg:#eef5ff;--mark:#ffe58f;--link:#0969da}
*{box-sizing:border-box}
body{margin:0;color:var(--fg);background:#fff;
font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
a{color:var(--link);text-decoration:none}a:hover{text-decoration:underline}
.top{background:var(--panel);border-bottom:1px solid var(--line);padding:16px 32px}
.top h1{margin:0;font-size:22px}.top p{margin:2px 0 0;color:var(--muted)}
.top nav{margin-top:8px}.top nav a{margin-right:16px;font-weight:600}
main{max-width:1240px;margin:0 auto;padding:8px 32px 64px}
h2{font-size:19px;margin:28px 0 12px;padding-bottom:6px;border-bottom:1px solid var(--line)}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:0}
.figure{border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin:0}
.figure dt{color:var(--muted);font-size:13px}.figure dd{margin:0;font-size:26px;font-weight:600}
.figure.hot dd{color:var(--later)}
.note{color:var(--muted);font-style:italic}
.map{display:flex;gap:28px;flex-wrap:wrap;align-items:flex-start}
.heat{max-width:100%;height:auto;font-size:11px;fill:var(--muted)}
.heat .tri{fill:#f3f4f6}.heat .doc-edge{fill:none;stroke:#8c959f;stroke-dasharray:4 3}
.heat .cell rect{stroke:#fff;cursor:pointer}.heat .cell:hover rect{stroke:#1f2328;stroke-width:2}
.heat .axis{font-size:12px;fill:var(--fg)}.heat .file{font-size:11px;fill:var(--fg)}
.map-legend{flex:1;min-width:260px;max-width:520px;color:var(--muted);font-size:14px}
.scale{display:flex;gap:10px;font-size:12px}.scale i{display:inline-block;width:22px;height:14px;
margin-right:4px;vertical-align:-2px;border-radius:2px}
.tip{color:var(--fg);font-weight:600;min-height:3em}
.finding{border:1px solid var(--line);border-radius:8px;margin:0 0 16px;padding:12px 16px;
content-visibility:auto;contain-intrinsic-size:auto 16em}
.finding:target{outline:3px solid var(--link);outline-offset:2px}
.finding header{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:baseline;margin-bottom:8px}
.finding .num{font-weight:700}.finding .kind{font-weight:600}
.finding .score{font-variant-numeric:tabular-nums}
.sev{font-size:12px;border-radius:10px;padding:0 8px;border:1px solid}
.sev-error{color:#cf222e}.sev-warning{color:#9a6700}.sev-info{color:#0969da}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:14px}
.side{border-left:4px solid;padding:6px 12px;border-radius:4px}
.side h3{margin:0 0 4px;font-size:13px;font-weight:600;color:var(--muted)}
.side p{margin:0}
.side.later{border-color:var(--later);background:var(--later-bg)}
.side.earlier{border-color:var(--earlier);background:var(--earlier-bg)}
.side .ev{box-shadow:inset 0 -2px 0 currentColor}.later .ev{color:#82071e}.earlier .ev{color:#0a3069}
mark{background:var(--mark);color:inherit;border-radius:2px;padding:0 1px}
.evidence{margin:8px 0 0;padding-left:22px;font-size:13px;color:var(--muted)}
.advice{margin:8px 0 0;font-size:13px;color:var(--muted)}
.doc h3{font-size:16px;margin:20px 0 8px}
.para{position:relative;margin:0 0 10px;padding:4px 8px 4px 52px;border-left:4px solid transparent;
content-visibility:auto;contain-intrinsic-size:auto 4.5em}
.para .ln{position:absolute;left:8px;top:4px;width:36px;text-align:right;color:var(--muted);
font-size:12px;font-variant-numeric:tabular-nums}
.para.heading{font-weight:700}
.para.restated{border-left-color:var(--earlier)}
.para.restating{border-left-color:var(--later);background:var(--later-bg)}
.para:target,.s:target{outline:2px solid var(--link);outline-offset:1px}
.s.restating{background:#ffd8d3}.s.restated{text-decoration:underline dotted var(--earlier);
text-decoration-thickness:2px}
.ref{font-size:12px;font-weight:600;white-space:nowrap;margin-left:4px}
.ref.fid{color:var(--muted)}
.gap{color:var(--muted);margin:0 0 10px 52px}
@media (max-width:800px){.pair{grid-template-columns:1fr}main{padding:8px 12px}}
)css";

// Hover on a map square names the pair; the attribute tells tests that
// scripts run (so a planted script that did not run means escaping worked).
const char* const kScript = R"js(
(function () {
  "use strict";
  document.documentElement.setAttribute("data-twice-script", "ran");
  var tip = document.getElementById("map-tip");
  var cells = document.querySelectorAll("a.cell");
  for (var i = 0; i < cells.length; i++) {
    cells[i].addEventListener("mouseenter", function (event) {
      if (tip) tip.textContent = event.currentTarget.getAttribute("data-tip");
    });
  }
})();
)js";

}  // namespace twice::report::html
