import { useState, type FormEvent } from 'react';
import { feedHref } from '../routing';
import { EntityTypeahead, type SelectedEntity } from './EntityTypeahead';

/** Search words and filters (entity, source, dates); applying them changes the URL. */
export function FeedFilters({ params }: { params: URLSearchParams }) {
  const [query, setQuery] = useState(params.get('q') ?? '');
  const [entity, setEntity] = useState<SelectedEntity | null>(
    params.get('entity') ? { id: params.get('entity')!, name: params.get('entityName') ?? params.get('entity')! } : null,
  );
  const [source, setSource] = useState(params.get('source') ?? '');
  const [from, setFrom] = useState(params.get('from') ?? '');
  const [to, setTo] = useState(params.get('to') ?? '');

  function apply(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    const set = (key: string, value: string) => value.trim() && next.set(key, value.trim());
    set('q', query);
    if (entity) {
      next.set('entity', entity.id);
      next.set('entityName', entity.name);
    }
    set('source', source);
    set('from', from);
    set('to', to);
    window.location.hash = feedHref(next);
  }

  return (
    <form className="filters" role="search" aria-label="Search and filter articles" onSubmit={apply}>
      <div className="field search-field">
        <label htmlFor="search-query">Search</label>
        <input id="search-query" type="search" value={query} onChange={(e) => setQuery(e.target.value)}
          placeholder="words, &quot;a phrase&quot;, -excluded" />
      </div>
      <EntityTypeahead selected={entity} onSelect={setEntity} />
      <div className="field">
        <label htmlFor="filter-source">Source</label>
        <input id="filter-source" value={source} onChange={(e) => setSource(e.target.value)} placeholder="e.g. Wikinews" />
      </div>
      <div className="field">
        <label htmlFor="filter-from">Published from</label>
        <input id="filter-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="filter-to">Published until</label>
        <input id="filter-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <div className="actions">
        <button type="submit">Search</button>
        {params.size > 0 && <a href="#/">Clear</a>}
      </div>
    </form>
  );
}
