import { ENTITY_TYPE_LABEL } from './entityTypes';

/** What each highlight colour stands for. */
export function TypeLegend() {
  return (
    <ul className="chips legend" aria-label="Highlight colours">
      {Object.entries(ENTITY_TYPE_LABEL).map(([type, label]) => (
        <li key={type}><span className={`chip type-${type}`}>{label}</span></li>
      ))}
    </ul>
  );
}
