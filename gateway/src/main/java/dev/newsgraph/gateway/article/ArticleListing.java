package dev.newsgraph.gateway.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.newsgraph.commons.paging.KeysetRead;
import dev.newsgraph.commons.paging.Page;
import dev.newsgraph.gateway.batch.IdBatches;
import dev.newsgraph.gateway.connection.ListCursor;
import dev.newsgraph.gateway.connection.ListPosition;
import dev.newsgraph.gateway.connection.PageRequest;
import dev.newsgraph.gateway.connection.PageWalker;
import dev.newsgraph.gateway.connection.Window;
import dev.newsgraph.gateway.entity.ArticleRef;
import dev.newsgraph.gateway.entity.EntityServiceClient;
import dev.newsgraph.gateway.errors.IdArgument;
import dev.newsgraph.gateway.errors.ServiceFailures;
import io.smallrye.mutiny.Uni;

/**
 * Lists articles and search hits for {@code Query.articles} and {@code Query.search}, under any
 * combination of {@link ArticleFilter} conditions, forward or backward ({@link PageRequest}).
 *
 * <p>Without {@code mentions}, the article service answers alone ({@code GET /articles}, or
 * {@code GET /articles/search} when there is text to match) and its cursors pass through
 * ({@link PageWalker}).
 *
 * <p>With {@code mentions}, the two services must be combined: the entity service knows which
 * articles mention all the entities ({@code GET /articles/mentioning}, newest first), the article
 * service knows which articles match the other conditions. The listing reads the candidates in blocks
 * ({@link MentionsConfig#candidateBlock()}, 100) and asks the article service for the matches among each block (the
 * list or search restricted with {@code ids=}, at most 100 ids so one page holds every match),
 * accumulating until the page is full. Both lists are newest first, so the result is newest first (with
 * text: ranked by relevance within each block). A position is a block's candidate cursor plus how many
 * of the block's matches come before it. Blocks start at the list start and follow one another, so a
 * block is the same set of candidates whichever way it is read: backward, a block is the candidates
 * before the next block's cursor, and the last block, read first from the end, holds what is left over
 * from whole blocks counted from the start. A page reads at most {@link MentionsConfig#maxBlocksPerPage()}
 * blocks so a rare combination cannot make one request scan a huge list: the page then ends early, with
 * {@code hasNextPage} (backward: {@code hasPreviousPage}) true and its end (start) cursor where the scan
 * stopped. The total is known only when {@code mentions} is the sole condition.
 */
@ApplicationScoped
public class ArticleListing {

    @Inject
    @RestClient
    ArticleServiceClient articles;

    @Inject
    @RestClient
    EntityServiceClient entities;

    @Inject
    MentionsConfig mentions;

    /** The list kind a cursor belongs to; cursors are only accepted by the kind that issued them. */
    public static String kind(String list, ArticleFilter filter) {
        return filter.hasMentions() ? list + "-mentioning" : list;
    }

    /** The articles of the page, with their body or without ({@code body}). */
    public Uni<Window<Article>> articles(ArticleFilter filter, PageRequest request, boolean body) {
        if (filter.hasMentions()) {
            Function<String, Uni<List<Article>>> matches = filter.hasText()
                    ? ids -> search(filter.text(), filter, ids, KeysetRead.forward(null, mentions.candidateBlock()), body)
                            .map(page -> hitsToArticles(page.page()).items())
                    : ids -> list(filter, ids, KeysetRead.forward(null, mentions.candidateBlock()), body).map(Page::items);
            return mentioning(filter, request, matches);
        }
        if (filter.hasText()) {
            SearchTotal total = new SearchTotal();
            return PageWalker.walk(request, read -> search(filter.text(), filter, null, read, body)
                    .map(total::seen).map(ArticleListing::hitsToArticles)).map(total::of);
        }
        return PageWalker.walk(request, read -> list(filter, null, read, body));
    }

    public Uni<Window<SearchHit>> search(String query, ArticleFilter filter, PageRequest request, boolean body) {
        String q = filter.hasText() ? query + " " + filter.text() : query;
        if (filter.hasMentions()) {
            return mentioning(filter, request,
                    ids -> search(q, filter, ids, KeysetRead.forward(null, mentions.candidateBlock()), body).map(SearchPage::items));
        }
        SearchTotal total = new SearchTotal();
        return PageWalker.walk(request, read -> search(q, filter, null, read, body).map(total::seen)).map(total::of);
    }

    private Uni<Page<Article>> list(ArticleFilter f, String ids, KeysetRead read, boolean body) {
        return articles.list(f.source(), f.language(), f.tag(), text(f.publishedAfter()), text(f.publishedBefore()), ids,
                read.cursor(), read.before(), read.last(), read.limit(), body)
                .onFailure().transform(ServiceFailures.articleRead());
    }

    private Uni<SearchPage> search(String q, ArticleFilter f, String ids, KeysetRead read, boolean body) {
        return articles.search(q, f.source(), f.language(), f.tag(), text(f.publishedAfter()), text(f.publishedBefore()), ids,
                read.cursor(), read.before(), read.last(), read.limit(), body)
                .onFailure().transform(ServiceFailures.articleRead());
    }

    private <T> Uni<Window<T>> mentioning(ArticleFilter filter, PageRequest request, Function<String, Uni<List<T>>> matchesAmong) {
        String entityIds = IdBatches.join(IdArgument.requireAll(IdBatches.distinct(filter.mentions()), "filter.mentions"));
        MentionScan<T> scan = new MentionScan<>(entityIds, request.size(), !filter.restrictsBeyondMentions(), matchesAmong);
        if (!request.backward()) {
            ListPosition from = request.from();
            return scan.forward(from.serviceCursor(), from.skip(), !from.equals(ListPosition.START), mentions.maxBlocksPerPage());
        }
        return request.from() == null ? scan.fromTheEnd() : scan.backward(request.from());
    }

    /** One page's walk over candidate blocks; see the class comment. */
    private final class MentionScan<T> {

        private final String entityIds;
        private final int size;
        private final boolean totalIsCandidates;
        private final Function<String, Uni<List<T>>> matchesAmong;
        /** The page's items in list order: appended going forward, prepended going backward. */
        private final List<Window.Positioned<T>> collected = new ArrayList<>();
        private Long total;

        MentionScan(String entityIds, int size, boolean totalIsCandidates, Function<String, Uni<List<T>>> matchesAmong) {
            this.entityIds = entityIds;
            this.size = size;
            this.totalIsCandidates = totalIsCandidates;
            this.matchesAmong = matchesAmong;
        }

        /** The block of candidates a read names, with the matches among them. */
        private Uni<Block<T>> block(KeysetRead read) {
            return candidates(read).flatMap(this::matched);
        }

        private Uni<Page<ArticleRef>> candidates(KeysetRead read) {
            return entities.mentioning(entityIds, read.cursor(), read.before(), read.last(), read.limit())
                    .onFailure().transform(ServiceFailures.entityRead())
                    .invoke(candidates -> {
                        if (total == null && totalIsCandidates) {
                            total = candidates.totalCount();
                        }
                    });
        }

        private Uni<Block<T>> matched(Page<ArticleRef> candidates) {
            List<ArticleRef> refs = candidates.items() == null ? List.of() : candidates.items();
            if (refs.isEmpty()) {
                return Uni.createFrom().item(new Block<>(candidates, List.of()));
            }
            return matchesAmong.apply(IdBatches.join(refs.stream().map(ArticleRef::articleId).toList()))
                    .map(matches -> new Block<>(candidates, matches));
        }

        Uni<Window<T>> forward(String blockCursor, int consumed, boolean hasPrevious, int blocksLeft) {
            return block(KeysetRead.forward(blockCursor, mentions.candidateBlock())).flatMap(block -> {
                List<T> matches = block.matches();
                String next = block.candidates().nextCursor();
                List<Window.Positioned<T>> positioned = block.positionedFrom(blockCursor);
                int index = consumed;
                while (index < positioned.size() && collected.size() < size) {
                    collected.add(positioned.get(index++));
                }
                if (collected.size() == size) {
                    return Uni.createFrom().item(done(hasPrevious, index < matches.size() || next != null));
                }
                if (next == null || block.candidates().items().isEmpty()) {
                    return Uni.createFrom().item(done(hasPrevious, false));
                }
                if (blocksLeft <= 1) {
                    Window<T> page = done(hasPrevious, true);
                    return Uni.createFrom().item(new Window<>(collected, page.start(), ListCursor.at(new ListPosition(next, 0)),
                            hasPrevious, true, page.totalCount()));
                }
                return forward(next, 0, hasPrevious, blocksLeft - 1);
            });
        }

        /**
         * From the end: the last block holds what whole blocks from the list start leave over, so that
         * blocks read backward are the blocks read forward. One read finds the candidates' count; a
         * second reads that last block when it is not a whole one.
         */
        Uni<Window<T>> fromTheEnd() {
            int blockSize = mentions.candidateBlock();
            return candidates(new KeysetRead(null, null, true, blockSize)).flatMap(whole -> {
                long count = whole.totalCount();
                int leftOver = (int) (count % blockSize);
                Uni<Page<ArticleRef>> last = count <= blockSize || leftOver == 0
                        ? Uni.createFrom().item(whole)
                        : candidates(new KeysetRead(null, null, true, leftOver));
                return last.flatMap(this::matched).flatMap(block -> backwardFrom(block, false, mentions.maxBlocksPerPage()));
            });
        }

        /** Before a position: the matches of its block before it, then the blocks before that block. */
        Uni<Window<T>> backward(ListPosition before) {
            String blockCursor = before.serviceCursor();
            if (before.skip() == 0) {
                return blockCursor == null ? atTheStart() : previousBlock(blockCursor, true, mentions.maxBlocksPerPage());
            }
            return block(KeysetRead.forward(blockCursor, mentions.candidateBlock())).flatMap(block -> {
                List<Window.Positioned<T>> positioned = block.positionedFrom(blockCursor);
                List<Window.Positioned<T>> head = positioned.subList(0, Math.min(before.skip(), positioned.size()));
                collected.addAll(head.subList(Math.max(0, head.size() - size), head.size()));
                if (collected.size() == size) {
                    return Uni.createFrom().item(done(head.size() > size || blockCursor != null, true));
                }
                return blockCursor == null ? Uni.createFrom().item(done(false, true))
                        : previousBlock(blockCursor, true, mentions.maxBlocksPerPage() - 1);
            });
        }

        /** Nothing precedes the list start; the candidates are still read once, for the total. */
        private Uni<Window<T>> atTheStart() {
            return candidates(KeysetRead.forward(null, 1)).map(candidates -> done(false, true));
        }

        private Uni<Window<T>> previousBlock(String blockEnd, boolean hasNext, int blocksLeft) {
            if (blocksLeft < 1) {
                Window<T> page = done(true, hasNext);
                return Uni.createFrom().item(new Window<>(collected, ListCursor.at(new ListPosition(blockEnd, 0)), page.end(),
                        true, hasNext, page.totalCount()));
            }
            return block(new KeysetRead(null, blockEnd, false, mentions.candidateBlock()))
                    .flatMap(block -> backwardFrom(block, hasNext, blocksLeft));
        }

        /** Takes a block's matches from its end, in front of those collected. */
        private Uni<Window<T>> backwardFrom(Block<T> block, boolean hasNext, int blocksLeft) {
            String blockStart = block.candidates().previousCursor();
            List<Window.Positioned<T>> positioned = block.positionedFrom(blockStart);
            int from = Math.max(0, positioned.size() - (size - collected.size()));
            collected.addAll(0, positioned.subList(from, positioned.size()));
            if (collected.size() == size) {
                return Uni.createFrom().item(done(from > 0 || blockStart != null, hasNext));
            }
            if (blockStart == null) {
                return Uni.createFrom().item(done(false, hasNext));
            }
            return previousBlock(blockStart, hasNext, blocksLeft - 1);
        }

        private Window<T> done(boolean hasPreviousPage, boolean hasNextPage) {
            return Window.of(collected, hasPreviousPage, hasNextPage, totalIsCandidates ? total : null);
        }
    }

    /** A block of candidates and the matches among them, in list order. */
    private record Block<T>(Page<ArticleRef> candidates, List<T> matches) {

        /**
         * The matches with their cursors, counted from the block's start cursor; the last one's after
         * position is the next block's start when the block says where that is (its {@code nextCursor},
         * which a backward read sets to the cursor it read before).
         */
        List<Window.Positioned<T>> positionedFrom(String blockStart) {
            String next = candidates.nextCursor();
            List<Window.Positioned<T>> positioned = new ArrayList<>();
            for (int i = 0; i < matches.size(); i++) {
                ListPosition after = i + 1 == matches.size() && next != null ? new ListPosition(next, 0) : new ListPosition(blockStart, i + 1);
                positioned.add(new Window.Positioned<>(matches.get(i), new ListCursor(new ListPosition(blockStart, i), after)));
            }
            return positioned;
        }
    }

    private static Page<Article> hitsToArticles(Page<SearchHit> hits) {
        return PageWalker.mapItems(hits, SearchHit::article);
    }

    /**
     * The total of one search's window: unknown (null) when the article service said its total was only
     * a lower bound, since more articles match than a search ranks.
     */
    private static final class SearchTotal {

        private boolean exact = true;

        Page<SearchHit> seen(SearchPage page) {
            exact &= page.exact();
            return page.page();
        }

        <T> Window<T> of(Window<T> window) {
            return exact ? window : window.withTotalCount(null);
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
