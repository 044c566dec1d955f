package io.github.peacetalks.report;

import io.github.peacetalks.model.Stance;

/** The page's fixed style sheet and mark shapes, kept apart from the code that writes the data. */
final class Style {

    private Style() {
    }

    /** Short class names on purpose: a large corpus writes them tens of thousands of times. */
    static final String CSS = """
            :root{--p:#1f6fb4;--c:#d1495b;--ink:#1d232a;--mute:#4f5a65;--line:#e2e6ea;--pale:#f5f7f9}
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);\
            margin:0 auto;max-width:1320px;padding:16px 24px 48px;background:#fff}
            h1{font-size:26px;margin:8px 0 4px}
            h2{font-size:19px;margin:30px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
            h3{display:inline;font-size:15px;margin:0 8px 0 0}
            a{color:#1b5e9c}
            nav{margin:10px 0 0}nav a{margin-right:16px}
            .sub,.hint{color:var(--mute);margin:3px 0}.hint{margin:4px 0 10px}
            .legend{display:flex;flex-wrap:wrap;gap:6px 20px;align-items:center;margin:8px 0;padding:8px 12px;\
            background:var(--pale);border:1px solid var(--line);border-radius:6px}
            .legend span{white-space:nowrap}
            svg.i{width:16px;height:16px;vertical-align:-3px}svg.i.w{width:32px}
            .p{fill:var(--p)}.c{fill:var(--c)}.n{fill:#59636e}
            span.p,a.p{color:var(--p)}span.c,a.c{color:var(--c)}
            .k,.m path,.pm path{stroke:#fff;stroke-width:1}
            .b{fill-opacity:.3}
            .issues a{margin-left:10px}.cnt{color:var(--mute);font-size:12px}
            details.issue,#turns,#matrix,#conditions{content-visibility:auto;contain-intrinsic-size:auto 600px}
            details.issue{margin:10px 0;border:1px solid var(--line);border-radius:6px;padding:4px 10px 8px}
            summary{cursor:pointer;padding:4px 0}details.who>summary{font-size:13px;color:var(--mute)}
            svg.tl{display:block;max-width:100%;height:auto;margin-top:4px}
            .l0{fill:#fbfcfd}.l1{fill:#f0f3f6}
            .h{font-size:12.5px;text-anchor:end;fill:var(--ink)}
            .yr{font-size:12px;fill:var(--mute)}.mo{font-size:10px;fill:#7a8590;text-anchor:middle}
            .g{stroke:#c9d0d7}.gm{stroke:#e6e9ec}
            .t{stroke:#6b2fa0;stroke-width:2;stroke-dasharray:4 3}
            .s:hover .t{stroke-width:3}
            .m:hover path,.m:focus path,.pm:hover path,.pm:focus path{stroke:#000;stroke-width:1.5}
            table{border-collapse:collapse;width:100%;font-size:13px}
            th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
            thead th{background:var(--pale)}
            .wide{overflow-x:auto}
            .mx td,.mx tbody th{white-space:nowrap}.mx td small{display:block;padding-left:20px}\
            .mx td.e{color:#b8c0c8;text-align:center}.mx a{text-decoration:none}
            .d{white-space:nowrap}
            .ev{table-layout:fixed}.evc{content-visibility:auto;contain-intrinsic-size:auto 16000px}\
            .ev tr>:nth-child(1){width:3.5em}.ev tr>:nth-child(2){width:6.5em;white-space:nowrap}\
            .ev tr>:nth-child(3){width:12em}.ev tr>:nth-child(4){width:12em}.ev tr>:nth-child(5){width:16em}
            tr:target{background:#fff3bf}
            blockquote.s{margin:0 0 2px}
            .src{color:var(--mute);font-size:12px}
            small{color:var(--mute)}
            .empty{font-size:16px;padding:24px;background:var(--pale);border-radius:6px}
            footer{margin-top:36px;color:#7a8590;font-size:12px}
            """;

    /**
     * The outline of a stance's mark as relative path data from its centre; written out per mark, as thousands of
     * {@code <use>} references cost a browser far more than the few bytes they save.
     */
    static String shape(Stance s) {
        return switch (s) {
            case SUPPORTS -> "m-5.5 0a5.5 5.5 0 1 0 11 0a5.5 5.5 0 1 0-11 0z";
            case OPPOSES -> "m-6-3.5l2.5-2.5 3.5 3.5 3.5-3.5 2.5 2.5-3.5 3.5 3.5 3.5-2.5 2.5-3.5-3.5-3.5 3.5-2.5-2.5 3.5-3.5z";
            case DEMANDS -> "m-5-5h10v10h-10z";
            case PROPOSES -> "m0-6.5l6.5 6.5-6.5 6.5-6.5-6.5z";
            case URGES -> "m0-6.5l6.2 11.5h-12.4z";
        };
    }
}
