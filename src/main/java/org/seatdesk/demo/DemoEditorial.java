package org.seatdesk.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.seatdesk.kb.Article;
import org.seatdesk.kb.editorial.CatalogueEntry;
import org.seatdesk.kb.editorial.EditorialAction;
import org.seatdesk.kb.editorial.Revision;
import org.seatdesk.kb.editorial.Step;

/// The editors' history of the demo articles (R-KB-1, R-KB-2): each was received, read by the
/// centre director C001, edited, entered, confirmed and published by K001, with its text as
/// version 1, and the catalogue holds their categories. Without it the demo's articles were on
/// every seat but in no editor's list (an item is listed from its steps), so nobody could
/// revise them, and a revision could not be saved in a category the catalogue did not have.
/// Ids are stable, so the seat and its demo hub seed the same records.
public final class DemoEditorial {

    static final String DIRECTOR = "C001";

    public record Records(List<CatalogueEntry> catalogue, List<Step> steps, List<Revision> revisions) {
    }

    private DemoEditorial() {
    }

    /// @param editorName   K001's name, @param directorName C001's, as the staff directory has them
    public static Records of(List<Article> articles, String editorName, String directorName, Instant publishedAt) {
        UUID editor = DemoIds.named("staff", DemoArticles.EDITOR);
        UUID director = DemoIds.named("staff", DIRECTOR);
        Instant at = publishedAt.minus(Duration.ofDays(7));
        Set<String> categories = new LinkedHashSet<>();
        List<CatalogueEntry> catalogue = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        List<Revision> revisions = new ArrayList<>();
        for (Article a : articles) {
            if (categories.add(a.section().name() + "\u0000" + a.category())) {
                catalogue.add(new CatalogueEntry(DemoIds.named("kb-category", a.section() + "/" + a.category()),
                        a.section().name(), a.category(), CatalogueEntry.Change.ADD, editor, editorName, at));
            }
            UUID item = a.id(); // an item's id is its article's id once published
            record Taken(EditorialAction action, boolean byDirector, String note, String department) {
            }
            List<Taken> flow = List.of(new Taken(EditorialAction.RECEIVE_NOTICE, false, a.title(), "客服中心"),
                    new Taken(EditorialAction.DIRECTOR_READ, true, null, null),
                    new Taken(EditorialAction.START_EDITING, false, null, null),
                    new Taken(EditorialAction.ENTER, false, null, null),
                    new Taken(EditorialAction.CONFIRM, false, "Demo content", null),
                    new Taken(EditorialAction.PUBLISH, false, null, null));
            for (int n = 0; n < flow.size(); n++) {
                Taken t = flow.get(n);
                Instant when = t.action() == EditorialAction.PUBLISH ? publishedAt : at.plusSeconds(60L * (n + 1));
                steps.add(new Step(DemoIds.named("kb-step", item + "/" + (n + 1)), item, n + 1, t.action(),
                        t.byDirector() ? director : editor, t.byDirector() ? directorName : editorName, when, t.note(),
                        t.department()));
                if (t.action() == EditorialAction.START_EDITING) {
                    revisions.add(new Revision(DemoIds.named("kb-revision", item + "/1"), item, 1, a.section().name(),
                            a.category(), a.title(), a.body(), a.language(), String.join(",", a.tags()), editor,
                            editorName, when.plusSeconds(30)));
                }
            }
        }
        return new Records(List.copyOf(catalogue), List.copyOf(steps), List.copyOf(revisions));
    }
}
