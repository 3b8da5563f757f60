package dev.newsgraph.gateway.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.newsgraph.commons.paging.Page;
import dev.newsgraph.gateway.batch.IdBatches;
import dev.newsgraph.gateway.connection.ListPosition;
import dev.newsgraph.gateway.connection.PageWalker;
import dev.newsgraph.gateway.connection.Window;
import dev.newsgraph.gateway.entity.ArticleRef;
import dev.newsgraph.gateway.entity.EntityServiceClient;
import dev.newsgraph.gateway.errors.IdArgument;
import dev.newsgraph.gateway.errors.ServiceFailures;
import io.smallrye.mutiny.Uni;

/**
 * Lists articles and search hits for {@code Query.articles} and {@code Query.search}, under any
 * combination of {@link ArticleFilter} conditions.
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
 * accumulating until {@code first} matches are found. Both lists are newest first, so the result is
 * newest first (with text: ranked by relevance within each block). A position is the candidate
 * block's cursor plus how many of the block's matches came before it, encoded as the GraphQL cursor;
 * a page reads at most {@link MentionsConfig#maxBlocksPerPage()} blocks so a rare combination cannot make one
 * request scan a huge list: the page then ends early with {@code hasNextPage} true. The total is
 * known only when {@code mentions} is the sole condition.
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
    public Uni<Window<Article>> articles(ArticleFilter filter, ListPosition from, int first, boolean body) {
        if (filter.hasMentions()) {
            Function<String, Uni<List<Article>>> matches = filter.hasText()
                    ? ids -> search(filter.text(), filter, ids, null, mentions.candidateBlock(), body).map(page -> hitsToArticles(page.page()).items())
                    : ids -> list(filter, ids, null, mentions.candidateBlock(), body).map(Page::items);
            return mentioning(filter, from, first, matches);
        }
        if (filter.hasText()) {
            SearchTotal total = new SearchTotal();
            return PageWalker.walk(from, first, (cursor, limit) -> search(filter.text(), filter, null, cursor, limit, body)
                    .map(total::seen).map(ArticleListing::hitsToArticles)).map(total::of);
        }
        return PageWalker.walk(from, first, (cursor, limit) -> list(filter, null, cursor, limit, body));
    }

    public Uni<Window<SearchHit>> search(String query, ArticleFilter filter, ListPosition from, int first, boolean body) {
        String q = filter.hasText() ? query + " " + filter.text() : query;
        if (filter.hasMentions()) {
            return mentioning(filter, from, first, ids -> search(q, filter, ids, null, mentions.candidateBlock(), body).map(SearchPage::items));
        }
        SearchTotal total = new SearchTotal();
        return PageWalker.walk(from, first, (cursor, limit) -> search(q, filter, null, cursor, limit, body).map(total::seen)).map(total::of);
    }

    private Uni<Page<Article>> list(ArticleFilter f, String ids, String cursor, int limit, boolean body) {
        return articles.list(f.source(), f.language(), f.tag(), text(f.publishedAfter()), text(f.publishedBefore()), ids, cursor, limit, body)
                .onFailure().transform(ServiceFailures.articleRead());
    }

    private Uni<SearchPage> search(String q, ArticleFilter f, String ids, String cursor, int limit, boolean body) {
        return articles.search(q, f.source(), f.language(), f.tag(), text(f.publishedAfter()), text(f.publishedBefore()), ids, cursor, limit, body)
                .onFailure().transform(ServiceFailures.articleRead());
    }

    private <T> Uni<Window<T>> mentioning(ArticleFilter filter, ListPosition from, int first, Function<String, Uni<List<T>>> matchesAmong) {
        String entityIds = IdBatches.join(IdArgument.requireAll(IdBatches.distinct(filter.mentions()), "filter.mentions"));
        MentionScan<T> scan = new MentionScan<>(entityIds, first, !filter.restrictsBeyondMentions(), matchesAmong);
        return scan.step(from.serviceCursor(), from.skip(), mentions.maxBlocksPerPage());
    }

    /** One page's walk over candidate blocks; see the class comment. */
    private final class MentionScan<T> {

        private final String entityIds;
        private final int first;
        private final boolean totalIsCandidates;
        private final Function<String, Uni<List<T>>> matchesAmong;
        private final List<Window.Positioned<T>> collected = new ArrayList<>();
        private Long total;

        MentionScan(String entityIds, int first, boolean totalIsCandidates, Function<String, Uni<List<T>>> matchesAmong) {
            this.entityIds = entityIds;
            this.first = first;
            this.totalIsCandidates = totalIsCandidates;
            this.matchesAmong = matchesAmong;
        }

        Uni<Window<T>> step(String blockCursor, int consumed, int blocksLeft) {
            return entities.mentioning(entityIds, blockCursor, mentions.candidateBlock())
                    .onFailure().transform(ServiceFailures.entityRead())
                    .flatMap(block -> {
                        if (total == null && totalIsCandidates) {
                            total = block.totalCount();
                        }
                        List<ArticleRef> candidates = block.items() == null ? List.of() : block.items();
                        if (candidates.isEmpty()) {
                            return Uni.createFrom().item(done(new ListPosition(blockCursor, consumed), false));
                        }
                        String ids = IdBatches.join(candidates.stream().map(ArticleRef::articleId).toList());
                        return matchesAmong.apply(ids).flatMap(matches -> take(block, blockCursor, consumed, matches, blocksLeft));
                    });
        }

        private Uni<Window<T>> take(Page<ArticleRef> block, String blockCursor, int consumed, List<T> matches, int blocksLeft) {
            int index = consumed;
            while (index < matches.size() && collected.size() < first) {
                boolean lastOfBlock = index + 1 == matches.size() && block.nextCursor() != null;
                ListPosition after = lastOfBlock ? new ListPosition(block.nextCursor(), 0) : new ListPosition(blockCursor, index + 1);
                collected.add(new Window.Positioned<>(matches.get(index), after));
                index++;
            }
            if (collected.size() == first) {
                boolean more = index < matches.size() || block.nextCursor() != null;
                return Uni.createFrom().item(done(collected.get(collected.size() - 1).after(), more));
            }
            if (block.nextCursor() == null) {
                ListPosition end = collected.isEmpty() ? new ListPosition(blockCursor, matches.size()) : collected.get(collected.size() - 1).after();
                return Uni.createFrom().item(done(end, false));
            }
            if (blocksLeft <= 1) {
                return Uni.createFrom().item(done(new ListPosition(block.nextCursor(), 0), true));
            }
            return step(block.nextCursor(), 0, blocksLeft - 1);
        }

        private Window<T> done(ListPosition end, boolean hasNextPage) {
            return new Window<>(collected, end, hasNextPage, totalIsCandidates ? total : null);
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
            return exact ? window : new Window<>(window.items(), window.end(), window.hasNextPage(), null);
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
