package org.seatdesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.seatdesk.kb.Article;
import org.seatdesk.kb.ArticleLimits;
import org.seatdesk.kb.Section;

/// The demo knowledge base (issue 6): Markdown files in `resources/demo/kb/` (listed in its
/// `index.txt`), each with a small header (section, category, language, tags) and a `# Title`
/// line. Published by the demo KB editor K001, version 1, with ids stable across starts.
public final class DemoArticles {

    static final String EDITOR = "K001";

    private DemoArticles() {
    }

    public static List<Article> load(Instant publishedAt) {
        UUID editor = DemoIds.named("staff", EDITOR);
        List<Article> articles = new ArrayList<>();
        for (String line : read("kb/index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                articles.add(parse(name, read("kb/" + name), editor, publishedAt));
            }
        }
        return List.copyOf(articles);
    }

    static Article parse(String name, String text, UUID editor, Instant publishedAt) {
        String[] parts = text.split("(?m)^---\\s*$", 3);
        if (parts.length < 3) {
            throw new IllegalStateException("kb/" + name + ": no --- header ---");
        }
        Map<String, String> header = new HashMap<>();
        for (String h : parts[1].strip().split("\n")) {
            int colon = h.indexOf(':');
            header.put(h.substring(0, colon).strip(), h.substring(colon + 1).strip());
        }
        String rest = parts[2].strip();
        if (!rest.startsWith("# ")) {
            throw new IllegalStateException("kb/" + name + ": the text starts with a '# Title' line");
        }
        int newline = rest.indexOf('\n');
        String title = rest.substring(2, newline).strip();
        String body = rest.substring(newline + 1).strip();
        Article article = new Article(DemoIds.named("kb", name), Section.valueOf(header.get("section")),
                header.get("category"), title, body, header.get("language"),
                Arrays.stream(header.getOrDefault("tags", "").split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList(),
                1, publishedAt, editor, null);
        String problem = ArticleLimits.problem(article, article.id());
        if (problem != null) {
            throw new IllegalStateException("kb/" + name + ": " + problem);
        }
        return article;
    }

    private static String read(String resource) {
        try (InputStream in = DemoArticles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
