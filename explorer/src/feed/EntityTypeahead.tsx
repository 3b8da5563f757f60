import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { EntitySuggestionsDocument } from '../generated/graphql';
import { ENTITY_TYPE_LABEL } from '../common/entityTypes';

export interface SelectedEntity {
  id: string;
  name: string;
}

interface Props {
  selected: SelectedEntity | null;
  onSelect: (entity: SelectedEntity | null) => void;
  label?: string;
  describedBy?: string;
}

/** A combobox (WAI-ARIA pattern) over `entities(filter: {name})`: type two letters, pick with arrows and Enter. */
export function EntityTypeahead({ selected, onSelect, label = 'Mentions entity', describedBy }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const name = useDebounced(text.trim(), 200);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const { data } = useQuery(EntitySuggestionsDocument, { variables: { name }, skip: name.length < 2 });
  const options = name.length < 2 ? [] : (data?.entities?.edges.map((e) => e.node) ?? []);
  const expanded = open && options.length > 0;

  function choose(index: number) {
    const option = options[index];
    if (!option) return;
    onSelect({ id: option.id, name: option.name });
    setText('');
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  if (selected) {
    return (
      <div className="field">
        <span className="label" id={`${id}-label`}>{label}</span>
        <span className="selected-entity" aria-labelledby={`${id}-label`}>
          {selected.name}
          <button type="button" className="link-button" onClick={() => onSelect(null)}>
            Remove<span className="visually-hidden"> {selected.name}</span>
          </button>
        </span>
      </div>
    );
  }

  return (
    <div className="field typeahead">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={expanded ? `${id}-option-${active}` : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        value={text}
        placeholder="type a name"
        onChange={(e) => { setText(e.target.value); setOpen(true); setActive(0); }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={`${id}-listbox`} role="listbox" aria-label={`${label}: suggestions`} hidden={!expanded}>
        {options.map((option, index) => (
          <li
            key={option.id}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            className={`type-${option.type}`}
            onMouseDown={(e) => { e.preventDefault(); choose(index); }}
          >
            {option.name} <small>{ENTITY_TYPE_LABEL[option.type]}, {option.articleCount} articles</small>
          </li>
        ))}
      </ul>
    </div>
  );
}

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}
