/**
 * The stylesheet and script inlined into the HTML report. Plain strings: the report must be
 * one file that works offline, so nothing is fetched. Private.
 */

/** Outlet colours, assigned in name order; chosen to stay apart for colour-blind readers. */
export const PALETTE: ReadonlyArray<string> = [
  '#2f6fdd',
  '#e08a00',
  '#13956f',
  '#d1423f',
  '#7b4fd6',
  '#0f93b0',
  '#cf3f8c',
  '#6b9a1c',
  '#a0632a',
  '#5560e0'
]

export const CSS = `
:root{--bg:#f6f7f9;--panel:#fff;--ink:#1d2330;--muted:#5d6677;--line:#e2e6ee;--soft:#eef1f6;--accent:#2f6fdd;
--ins:#d7f5df;--ins-ink:#0c5a2a;--del:#fde0e0;--del-ink:#9c1c1c;--mark:#fff0b3;--a:#2f6fdd;--b:#d1423f;
--shadow:0 1px 2px rgba(16,24,40,.06),0 1px 3px rgba(16,24,40,.08);font-size:15px}
@media (prefers-color-scheme:dark){:root{--bg:#12151b;--panel:#1b2029;--ink:#e6e9ef;--muted:#9aa3b5;--line:#2c3340;
--soft:#232a35;--ins:#17402a;--ins-ink:#9ee6b5;--del:#4a1f22;--del-ink:#ffb1b1;--mark:#5b4a12;--shadow:none}.badge.kind{background:#4a2320;color:#ffb4a6}.badge.earliest{background:#1d3557;color:#b9d4ff}}
*{box-sizing:border-box}
html{scroll-behavior:smooth;scroll-padding-top:16px}
body{margin:0;background:var(--bg);color:var(--ink);font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
code{font:.85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);padding:.05em .35em;border-radius:4px;word-break:break-all}
.top{background:linear-gradient(120deg,#1c2b4a,#24467e);color:#fff;padding:22px 32px 18px}
.top h1{margin:0;font-size:1.6rem;font-weight:650;letter-spacing:-.01em}
.top .sub{margin:4px 0 0;color:#c9d6ee}
.layout{display:grid;grid-template-columns:210px minmax(0,1fr);gap:28px;max-width:1320px;margin:0 auto;padding:24px 32px 48px}
nav.toc{position:sticky;top:16px;align-self:start;display:flex;flex-direction:column;gap:2px}
nav.toc a{display:flex;justify-content:space-between;align-items:center;padding:6px 10px;border-radius:8px;color:var(--ink)}
nav.toc a:hover{background:var(--soft);text-decoration:none}
nav.toc a.active{background:var(--panel);box-shadow:var(--shadow);color:var(--accent)}
nav.toc .n{font-size:.78rem;color:var(--muted);background:var(--soft);border-radius:999px;padding:0 8px;min-width:24px;text-align:center}
.filter{margin:14px 0 6px}
.filter input{width:100%;padding:7px 10px;border:1px solid var(--line);border-radius:8px;background:var(--panel);color:var(--ink);font:inherit}
.filter small{display:block;color:var(--muted);min-height:1.3em;margin-top:4px}
main{min-width:0}
section{margin:0 0 40px}
section>h2{font-size:1.25rem;margin:0 0 4px;letter-spacing:-.01em}
section>.lead{color:var(--muted);margin:0 0 14px}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(104px,1fr));gap:12px}
a.tile:hover{text-decoration:none;box-shadow:0 0 0 2px var(--accent)}
.tile{background:var(--panel);border-radius:12px;padding:12px 14px;box-shadow:var(--shadow)}
.tile b{display:block;font-size:1.6rem;line-height:1.1}.tile span{color:var(--muted);font-size:.85rem}
.card{background:var(--panel);border-radius:12px;box-shadow:var(--shadow);padding:16px 18px;margin:0 0 14px}
.card>header{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin-bottom:10px}
.badge{display:inline-block;font-size:.75rem;font-weight:600;text-transform:uppercase;letter-spacing:.04em;padding:2px 8px;border-radius:999px;background:var(--soft);color:var(--muted)}
.badge.kind{background:#fde7e4;color:#a3321f}
.badge.earliest{background:#e3f1ff;color:#1c4f94;text-transform:none;letter-spacing:0}
.event{font-weight:600}
.spacer{flex:1}
.conf{display:inline-flex;align-items:center;gap:6px;font-size:.85rem;color:var(--muted)}
.meter{display:inline-block;width:70px;height:6px;border-radius:3px;background:var(--soft);overflow:hidden;vertical-align:middle}
.meter>i{display:block;height:100%;border-radius:3px;background:var(--accent)}
.sides{display:grid;grid-template-columns:minmax(0,1fr) 36px minmax(0,1fr);align-items:stretch}
.side{border-radius:10px;padding:10px 14px;background:var(--soft);border-left:4px solid var(--a)}
.side.b{border-left-color:var(--b)}
.side .who{font-size:.85rem;color:var(--muted);margin-bottom:4px}
.side .who b{color:var(--ink)}
.side blockquote{margin:0;font-size:1.02rem}
.vs{display:flex;align-items:center;justify-content:center;font-weight:700;color:var(--muted);font-size:.8rem}
small.sig{display:block;color:var(--muted);font-size:.78rem;margin-top:2px}
td.name{min-width:170px}
.score-inline{font-weight:700;color:var(--sc);font-variant-numeric:tabular-nums}
mark{background:var(--mark);color:inherit;border-radius:3px;padding:0 2px}
.why{margin:12px 0 4px}
.meta{font-size:.82rem;color:var(--muted)}
.sources{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:14px}
.source{background:var(--panel);border-radius:12px;box-shadow:var(--shadow);padding:14px 16px;border-top:4px solid var(--c,#999)}
.source h3{margin:0 0 6px;font-size:1.02rem;display:flex;align-items:center;gap:8px}
.dot{display:inline-block;width:10px;height:10px;border-radius:50%;flex:none}
.score{display:flex;align-items:center;gap:10px;margin-bottom:8px}
.score .big{font-size:1.5rem;font-weight:700;color:var(--sc)}
.score .bar{flex:1;height:8px;background:var(--soft);border-radius:4px;overflow:hidden}
.score .bar>i{display:block;height:100%;background:var(--sc)}
.signals{display:grid;grid-template-columns:auto 1fr auto;gap:3px 8px;font-size:.82rem;margin:0 0 8px;align-items:center}
.signals dt{color:var(--muted)}.signals dd{margin:0}.signals .v{text-align:right;font-variant-numeric:tabular-nums}
.signals .mini{height:5px;background:var(--soft);border-radius:3px;overflow:hidden}.signals .mini>i{display:block;height:100%;background:#8aa4cf}
.source p{margin:0 0 6px;font-size:.9rem}
.source .counts{font-size:.8rem;color:var(--muted)}
h3.group{font-size:1rem;color:var(--muted);margin:22px 0 10px;font-weight:600}
blockquote.canonical{margin:0 0 12px;padding:8px 14px;border-left:4px solid var(--line);font-size:1.05rem;background:var(--soft);border-radius:0 8px 8px 0}
table{border-collapse:collapse;width:100%}
th{text-align:left;font-size:.78rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600;padding:6px 8px;border-bottom:1px solid var(--line)}
td{padding:7px 8px;border-bottom:1px solid var(--line);vertical-align:top}
tr:last-child>td{border-bottom:0}
td.nw,.nw{white-space:nowrap}small.id{color:var(--muted);font-size:.78rem;white-space:nowrap}
td.who{width:210px;font-size:.88rem}td.who small{display:block;color:var(--muted)}
del+ins{margin-left:.2em}
ins{background:var(--ins);color:var(--ins-ink);text-decoration:none;border-radius:3px;padding:0 1px}
del{background:var(--del);color:var(--del-ink);border-radius:3px;padding:0 1px}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px;font-size:.83rem;color:var(--muted);margin:6px 0 12px;align-items:center}
.legend span{display:inline-flex;align-items:center;gap:6px}
.same{color:var(--muted);font-style:italic}
.figure{background:var(--panel);border-radius:12px;box-shadow:var(--shadow);padding:12px;margin-bottom:14px;overflow-x:auto}
svg{display:block;margin:0 auto;max-width:100%;height:auto;font-family:inherit}
svg text{fill:var(--ink)}
svg .sub{fill:var(--muted);font-size:11px}
svg .edge path{fill:none;transition:opacity .15s}svg .edge path.head{stroke:none;fill:#5d6677}
svg.focus .edge,svg.focus .node{opacity:.18}
svg.focus .edge.hot,svg.focus .node.hot{opacity:1}
svg .node{cursor:default}svg .node a{cursor:pointer}
svg .lane{fill:var(--soft)}
svg .axis{stroke:var(--line)}
svg .tick{fill:var(--muted);font-size:11px}
details{margin-top:8px}details>summary{cursor:pointer;color:var(--accent);font-size:.88rem}
.claims{list-style:none;padding:0;margin:6px 0 0}
.claims li{padding:5px 0;border-bottom:1px solid var(--line);font-size:.9rem}
.claims li:last-child{border-bottom:0}
.claims .when{display:inline-block;min-width:120px;color:var(--muted);font-variant-numeric:tabular-nums}
.values{display:grid;grid-template-columns:minmax(140px,28%) 1fr 48px;gap:6px 12px;align-items:center;margin:4px 0 8px}
.values .bar{height:10px;background:var(--soft);border-radius:5px;overflow:hidden}.values .bar>i{display:block;height:100%;background:#9aa9c4}
.values .fav .bar>i{background:#13956f}.values .fav{font-weight:650}
.values>div{display:contents}
.speakers{display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:14px}
.speakers{align-items:start}.speakers>.card{margin:0}
.speaker h3{margin:0;font-size:1rem}.speaker .role{color:var(--muted);font-size:.85rem;margin-bottom:6px}
.speaker ul{margin:6px 0 0;padding-left:18px}.speaker li{margin:4px 0;font-size:.92rem}
.speaker li small{color:var(--muted)}
.errors li{margin:4px 0}
.empty{color:var(--muted);font-style:italic}
footer.foot{max-width:1320px;margin:0 auto;padding:0 32px 32px;color:var(--muted);font-size:.8rem}
@media (max-width:900px){.layout{grid-template-columns:1fr;padding:16px}nav.toc{position:static;flex-direction:row;flex-wrap:wrap}
.sides{grid-template-columns:1fr}.vs{padding:4px}td.who{width:auto}}
@media print{nav.toc,.filter{display:none}.layout{grid-template-columns:1fr}.card,.source,.figure{box-shadow:none;border:1px solid #ddd}}
`

export const SCRIPT = `
(function () {
  'use strict';
  var each = function (list, f) { Array.prototype.forEach.call(list, f); };
  var input = document.getElementById('filter');
  var note = document.getElementById('filter-note');
  var items = document.querySelectorAll('.f');
  if (input && note) {
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      var shown = 0;
      each(items, function (el) {
        var hit = q === '' || (el.textContent || '').toLowerCase().indexOf(q) >= 0;
        el.hidden = !hit;
        if (hit) shown++;
      });
      note.textContent = q === '' ? '' : shown + ' of ' + items.length + ' items match';
    });
  }
  each(document.querySelectorAll('svg.graph'), function (svg) {
    each(svg.querySelectorAll('.node'), function (node) {
      node.addEventListener('mouseenter', function () {
        var id = node.getAttribute('data-id');
        svg.classList.add('focus');
        node.classList.add('hot');
        each(svg.querySelectorAll('.edge'), function (e) {
          var a = e.getAttribute('data-a'), b = e.getAttribute('data-b');
          if (a === id || b === id) {
            e.classList.add('hot');
            each(svg.querySelectorAll('.node'), function (n) {
              var nid = n.getAttribute('data-id');
              if (nid === a || nid === b) n.classList.add('hot');
            });
          }
        });
      });
      node.addEventListener('mouseleave', function () {
        svg.classList.remove('focus');
        each(svg.querySelectorAll('.hot'), function (e) { e.classList.remove('hot'); });
      });
    });
  });
  var links = document.querySelectorAll('nav.toc a');
  if ('IntersectionObserver' in window && links.length > 0) {
    var observer = new IntersectionObserver(function (entries) {
      each(entries, function (entry) {
        if (!entry.isIntersecting) return;
        each(links, function (l) {
          l.classList.toggle('active', l.getAttribute('href') === '#' + entry.target.id);
        });
      });
    }, { rootMargin: '0px 0px -70% 0px' });
    each(document.querySelectorAll('main > section'), function (s) { observer.observe(s); });
  }
})();
`
