package org.seatdesk.kb.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/// Articles are cleaned on save (issue 6 "bad input"; design.md: rendered without script,
/// links only http, https, mailto). Vectors after the OWASP XSS filter evasion cheat sheet,
/// in HTML and in Markdown form.
class MarkdownCleanerTest {

    static final List<String> XSS_VECTORS = List.of(
            "<script>alert('XSS')</script>",
            "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
            "text <script>alert(1)</script> more",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<IMG SRC=javascript:alert('XSS')>",
            "<IMG SRC=JaVaScRiPt:alert('XSS')>",
            "<img src=x onerror=alert(1)>",
            "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
            "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
            "<IMG SRC=\"jav\tascript:alert('XSS');\">",
            "<svg/onload=alert('XSS')>",
            "<BODY ONLOAD=alert('XSS')>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<div><p><b onmouseover=alert(1)>nested</b></p></div>",
            "<!-- comment --><script>alert(1)</script>",
            "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
            "<style>@import 'https://xss.example/x.css';</style>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "[click](javascript:alert(1))",
            "[click](JAVASCRIPT:alert(1))",
            "[click](javascript&#58;alert(1))",
            "[click](&#106;avascript:alert(1))",
            "[click](java%0ascript:alert(1))",
            "[click](  javascript:alert(1)  )",
            "[click](<javascript:alert(1)>)",
            "[click](vbscript:msgbox(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[click](file:///etc/passwd)",
            "![x](javascript:alert(1))",
            "![x](https://tracker.example/pixel.png)",
            "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "<javascript:alert(1)>",
            "[ref][1]\n\n[1]: javascript:alert(1)",
            "[a](https://ok.example) and [b](javascript:alert(1))",
            "**bold <span onclick=alert(1)>x</span>**",
            "> quote <script>alert(1)</script>",
            "- item <img src=x onerror=alert(1)>",
            "`<script>` stays code, <script>alert(1)</script> does not");

    private final MarkdownCleaner cleaner = new MarkdownCleaner();
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();
    /// A `src` inside a real tag; `&lt;img src=…&gt;` is text on the screen and harmless.
    private static final Pattern LIVE_SOURCE = Pattern.compile("<[a-z][^>]*\\ssrc\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]*\\son\\w+\\s*=", Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @FieldSource("XSS_VECTORS")
    void cleanedArticleHoldsNoScriptNoRawHtmlAndNoUnsafeLink(String vector) {
        String cleaned = cleaner.clean(vector);

        var document = PARSER.parse(cleaned);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                throw new AssertionError("raw HTML block left in " + cleaned);
            }

            @Override
            public void visit(HtmlInline inline) {
                throw new AssertionError("raw HTML left in " + cleaned);
            }

            @Override
            public void visit(Image image) {
                throw new AssertionError("an image (remote content) left in " + cleaned);
            }

            @Override
            public void visit(Link link) {
                assertThat(MarkdownCleaner.isSafeDestination(link.getDestination())).as(link.getDestination()).isTrue();
                visitChildren(link);
            }
        });
        String html = HTML.render(document).toLowerCase(Locale.ROOT);
        assertThat(html).doesNotContain("<script", "<img", "<iframe", "<svg", "<object", "<style", "<meta",
                "href=\"javascript", "href=\"data:", "href=\"vbscript");
        assertThat(LIVE_SOURCE.matcher(html).find()).as(html).isFalse();
        assertThat(EVENT_HANDLER.matcher(html).find()).as(html).isFalse();
        assertThat(cleaner.isClean(cleaned)).as("cleaning is stable").isTrue();
    }

    @Test
    void safeArticleComesBackExactlyAsTyped() {
        String article = """
                # 刷卡失败怎么办

                1. 请商户确认**刷卡**方向；
                2. 仍失败时登记工单（R-TK-3）。

                * see [the bank's page](https://bank.example/pos) or [mail us](mailto:kb@example.com)
                * `code` stays, as does 1 < 2 and a > b
                """;

        assertThat(cleaner.clean(article)).isEqualTo(article);
    }

    @Test
    void linkTextAndAltTextStayWhenTheLinkGoes() {
        assertThat(cleaner.clean("Press [here](javascript:alert(1)) now")).isEqualTo("Press here now\n");
        assertThat(cleaner.clean("![the keypad](https://tracker.example/p.png)")).isEqualTo("the keypad\n");
        assertThat(cleaner.clean("a <b>bold</b> word")).isEqualTo("a bold word\n");
    }
}
