package org.seatdesk.kb.editorial;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.seatdesk.kb.Article;
import org.seatdesk.kb.Section;
import org.seatdesk.sync.OutboxOperation;
import org.seatdesk.sync.Payloads;
import org.seatdesk.sync.TimeOrderedIds;

/// The editors' commands (R-KB-1, R-KB-2): each checks the flow, writes an append-only record
/// with its outbox operation, and — for PUBLISH and REMOVE — the `kb_article` operation that
/// puts the article on every seat or takes it off their search.
public final class EditorialService {

    public static final String STEP = "kb_step";
    public static final String REVISION = "kb_revision";
    public static final String MATERIAL = "kb_material";
    public static final String MATERIAL_CHUNK = "kb_material_chunk";
    public static final String CATALOGUE = "kb_category";
    public static final String ARTICLE = "kb_article";

    /// The width of a change's payload in the outbox and the hub's feed (V1, V3).
    static final int PAYLOAD_LIMIT = 20_000;

    private final EditorialRepository repository;
    private final Clock clock;
    private final TimeOrderedIds ids;
    private final MarkdownCleaner cleaner;
    private final List<String> sections;

    /// @param sections the knowledge base's sections (R-KB-3), in display order
    public EditorialService(EditorialRepository repository, Clock clock, TimeOrderedIds ids, MarkdownCleaner cleaner,
                            List<String> sections) {
        this.repository = repository;
        this.clock = clock;
        this.ids = ids;
        this.cleaner = cleaner;
        this.sections = List.copyOf(sections);
    }

    /// R-KB-1 ①: a notice arrived from `department`; starts a new item.
    public Step receiveNotice(Actor actor, String noticeTitle, String department) {
        String title = required(noticeTitle, "title", Revision.TITLE_LIMIT);
        String from = required(department, "department", Step.NAME_LIMIT);
        refuseUnlessAllowed(EditorialFlow.decide(null, EditorialAction.RECEIVE_NOTICE, actor.role(), null, false));
        Step step = new Step(ids.next(), ids.next(), 1, EditorialAction.RECEIVE_NOTICE, actor.staffId(),
                actor.name(), now(), title, from);
        repository.appendStep(step, List.of(append(STEP, step.id(), step, step.at())));
        return step;
    }

    /// Takes the next step of an item's flow; refused (with a reason) when the flow or the role does not allow it.
    public Step take(Actor actor, UUID itemId, EditorialAction action, String note) {
        List<Step> steps = repository.steps(itemId);
        EditorialState current = EditorialFlow.stateAfter(steps)
                .orElseThrow(() -> new EditorialException("no_item", "no such item"));
        Optional<Revision> latest = latest(itemId);
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        refuseUnlessAllowed(EditorialFlow.decide(current, action, actor.role(), trimmed,
                latest.map(Revision::isComplete).orElse(false)));
        Step step = new Step(ids.next(), itemId, steps.size() + 1, action, actor.staffId(), actor.name(), now(),
                trimmed, null);
        List<OutboxOperation> ops = new ArrayList<>();
        ops.add(append(STEP, step.id(), step, step.at()));
        if (action == EditorialAction.PUBLISH) {
            int version = (int) steps.stream().filter(s -> s.action() == EditorialAction.PUBLISH).count() + 1;
            ops.add(new OutboxOperation(ids.next(), ARTICLE, itemId, OutboxOperation.Kind.PUBLISH, version - 1,
                    Payloads.json(article(latest.orElseThrow(), version, step)), step.at()));
        } else if (action == EditorialAction.REMOVE) {
            Map<String, Object> removal = new LinkedHashMap<>();
            removal.put("id", itemId);
            removal.put("removedAt", step.at());
            ops.add(new OutboxOperation(ids.next(), ARTICLE, itemId, OutboxOperation.Kind.REMOVE, 0,
                    Payloads.json(removal), step.at()));
        }
        repository.appendStep(step, ops);
        return step;
    }

    /// Saves a new version while the item is being edited (R-KB-1 ③, R-KB-2). The body is
    /// cleaned of script, raw HTML and unsafe links; a body over the limit is refused whole.
    public SavedRevision saveRevision(Actor actor, UUID itemId, RevisionDraft draft) {
        if (!EditorialPolicy.mayEdit(actor.role())) {
            throw new EditorialException("role", actor.role() + " may not edit articles");
        }
        EditorialState current = EditorialFlow.stateAfter(repository.steps(itemId))
                .orElseThrow(() -> new EditorialException("no_item", "no such item"));
        if (current != EditorialState.BEING_EDITED) {
            throw new EditorialException("not_editing", "versions are saved while the item is being edited");
        }
        if (draft.body().length() > Revision.BODY_LIMIT) {
            throw new EditorialException("body_length", "the body holds at most " + Revision.BODY_LIMIT + " characters");
        }
        String title = required(draft.title(), "title", Revision.TITLE_LIMIT);
        if (!sections.contains(draft.section())) {
            throw new EditorialException("section", "unknown section " + draft.section());
        }
        String category = required(draft.category(), "category", Revision.CATEGORY_LIMIT);
        if (!catalogue().contains(draft.section(), category)) {
            throw new EditorialException("category", "the category is not in the catalogue of its section");
        }
        if (!"zh".equals(draft.language()) && !"en".equals(draft.language())) {
            throw new EditorialException("language", "language is zh or en");
        }
        String tags = String.join(",", tags(draft.tags() == null ? "" : draft.tags()));
        if (tags.length() > Revision.TAGS_LIMIT) {
            throw new EditorialException("tags_length", "tags hold at most " + Revision.TAGS_LIMIT + " characters");
        }
        String body = cleaner.clean(draft.body());
        int next = repository.revisions(itemId).stream().mapToInt(Revision::revisionNo).max().orElse(0) + 1;
        Revision revision = new Revision(ids.next(), itemId, next, draft.section(), category, title, body,
                draft.language(), tags, actor.staffId(), actor.name(), now());
        OutboxOperation op = append(REVISION, revision.id(), revision, revision.at());
        if (op.payload().length() > PAYLOAD_LIMIT) {
            // Quotes and line breaks take two characters in JSON: 12,000 of them would not travel.
            throw new EditorialException("body_length", "the body is too long to sync once encoded");
        }
        repository.appendRevision(revision, op);
        return new SavedRevision(revision, !body.equals(draft.body()));
    }

    /// R-KB-2: keeps the original material with the item, refused over {@link Material#SIZE_LIMIT}.
    /// The file is written as a header and chunks of {@link MaterialChunks#CHUNK_SIZE}, each with
    /// its own outbox operation, all in one transaction (ADR 0023).
    public Material attach(Actor actor, UUID itemId, String fileName, String mediaType, byte[] content) {
        if (!EditorialPolicy.mayAddMaterial(actor.role())) {
            throw new EditorialException("role", actor.role() + " may not add material");
        }
        EditorialState current = EditorialFlow.stateAfter(repository.steps(itemId))
                .orElseThrow(() -> new EditorialException("no_item", "no such item"));
        if (current == EditorialState.REMOVED) {
            throw new EditorialException("removed", "the item was removed");
        }
        if (content.length == 0) {
            throw new EditorialException("material_empty", "the file is empty");
        }
        if (content.length > Material.SIZE_LIMIT) {
            throw new EditorialException("material_size", "material is at most " + Material.SIZE_LIMIT + " bytes");
        }
        String name = required(fileName, "file_name", Material.FILE_NAME_LIMIT);
        String type = mediaType == null || mediaType.isBlank() || mediaType.strip().length() > Material.MEDIA_TYPE_LIMIT
                ? "application/octet-stream" : mediaType.strip();
        int count = MaterialChunks.countFor(content.length);
        Material header = new Material(ids.next(), itemId, name, type, content.length, null, actor.staffId(),
                actor.name(), now(), count, MaterialChunks.sha256(content));
        Iterable<EditorialRepository.OutgoingChunk> chunks = () -> java.util.stream.IntStream.range(0, count)
                .mapToObj(n -> {
                    MaterialChunk chunk = MaterialChunks.chunk(ids.next(), header.id(), content, n);
                    return new EditorialRepository.OutgoingChunk(chunk,
                            append(MATERIAL_CHUNK, chunk.id(), chunk, header.at()));
                }).iterator();
        repository.addMaterial(header, append(MATERIAL, header.id(), header, header.at()), chunks);
        return header;
    }

    /// R-KB-2: the material of an item with how much of each is here; a material attached at
    /// another console is incomplete until all its chunks have synced.
    public List<KeptMaterial> materials(UUID itemId) {
        Map<UUID, Integer> here = repository.chunksHere(itemId);
        return repository.materials(itemId).stream()
                .map(m -> new KeptMaterial(m, m.chunkCount() == null ? 1 : here.getOrDefault(m.id(), 0)))
                .toList();
    }

    /// The file, put together from its chunks and checked against the header's sha-256.
    public Reassembly content(Material material) {
        return MaterialChunks.reassemble(material,
                material.chunkCount() == null ? List.of() : repository.chunks(material.id()));
    }

    /// R-KB-2: editors manage the catalogue.
    public CatalogueEntry changeCatalogue(Actor actor, String section, String category, CatalogueEntry.Change change) {
        if (!EditorialPolicy.mayEdit(actor.role())) {
            throw new EditorialException("role", actor.role() + " may not change the catalogue");
        }
        if (!sections.contains(section)) {
            throw new EditorialException("section", "unknown section " + section);
        }
        String name = required(category, "category", Revision.CATEGORY_LIMIT);
        boolean present = catalogue().contains(section, name);
        if (change == CatalogueEntry.Change.ADD && present) {
            throw new EditorialException("category_exists", "the category exists already");
        }
        if (change == CatalogueEntry.Change.REMOVE && !present) {
            throw new EditorialException("category_missing", "no such category");
        }
        CatalogueEntry entry = new CatalogueEntry(ids.next(), section, name, change, actor.staffId(), actor.name(), now());
        repository.appendCatalogueEntry(entry, append(CATALOGUE, entry.id(), entry, entry.at()));
        return entry;
    }

    public Catalogue catalogue() {
        return new Catalogue(sections, repository.catalogueEntries());
    }

    public List<String> sections() {
        return sections;
    }

    /// Every item with its state and R-KB-2 times, the most recently touched first.
    public List<ItemSummary> items() {
        Map<UUID, List<Step>> byItem = new LinkedHashMap<>();
        for (Step step : repository.allSteps()) {
            byItem.computeIfAbsent(step.itemId(), id -> new ArrayList<>()).add(step);
        }
        Map<UUID, Revision> latest = new HashMap<>();
        repository.latestRevisions().forEach(r -> latest.put(r.itemId(), r));
        List<ItemSummary> out = new ArrayList<>();
        byItem.forEach((id, steps) -> EditorialFlow.stateAfter(steps)
                .ifPresent(state -> out.add(summary(id, state, steps, latest.get(id)))));
        out.sort(Comparator.comparing(ItemSummary::lastStepAt).reversed());
        return out;
    }

    public List<Step> history(UUID itemId) {
        return repository.steps(itemId);
    }

    public List<Revision> revisions(UUID itemId) {
        return repository.revisions(itemId);
    }

    public Optional<Revision> latest(UUID itemId) {
        return repository.revisions(itemId).stream().max(Comparator.comparingInt(Revision::revisionNo));
    }

    private static ItemSummary summary(UUID id, EditorialState state, List<Step> steps, Revision latest) {
        Step first = steps.getFirst();
        Step last = steps.getLast();
        int published = (int) steps.stream().filter(s -> s.action() == EditorialAction.PUBLISH).count();
        return new ItemSummary(id, state, latest != null ? latest.title() : first.note(), first.department(),
                latest != null ? latest.section() : null, published, last.at(), last.actorName(),
                lastAt(steps, EditorialAction.START_EDITING, EditorialAction.REVISE),
                state == EditorialState.PUBLISHED || state == EditorialState.REMOVAL_STARTED || state == EditorialState.REMOVED
                        ? lastAt(steps, EditorialAction.PUBLISH) : null,
                state == EditorialState.REMOVAL_STARTED || state == EditorialState.REMOVED
                        ? lastAt(steps, EditorialAction.START_REMOVAL) : null,
                state == EditorialState.REMOVED ? lastAt(steps, EditorialAction.REMOVE) : null);
    }

    private static Instant lastAt(List<Step> steps, EditorialAction... actions) {
        Instant at = null;
        for (Step s : steps) {
            for (EditorialAction a : actions) {
                if (s.action() == a) {
                    at = s.at();
                }
            }
        }
        return at;
    }

    /// The `kb_article PUBLISH` payload of the sync contract (docs/hub-api.md); the hub
    /// stamps `publishedAt` with its own time.
    private static Article article(Revision text, int version, Step step) {
        return new Article(text.itemId(), Section.valueOf(text.section()), text.category(), text.title(), text.body(),
                text.language(), tags(text.tags()), version, step.at(), step.actorId(), null);
    }

    /// The editor types tags separated by commas (Chinese or Latin).
    public static List<String> tags(String typed) {
        return java.util.Arrays.stream(typed.split("[,，]")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    private OutboxOperation append(String entity, UUID id, Object record, Instant at) {
        return new OutboxOperation(ids.next(), entity, id, OutboxOperation.Kind.APPEND, 0, Payloads.json(record), at);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS); // what the database keeps
    }

    private static void refuseUnlessAllowed(Transition transition) {
        if (transition instanceof Transition.Refused refused) {
            throw new EditorialException(refused.reason(), refused.detail());
        }
    }

    private static String required(String value, String field, int limit) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new EditorialException(field + "_missing", field + " is required");
        }
        if (v.length() > limit) {
            throw new EditorialException(field + "_length", field + " holds at most " + limit + " characters");
        }
        return v;
    }
}
