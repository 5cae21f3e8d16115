import { css } from 'lit';

export const listStyles = css`
  :host {
    --_chip-on: color-mix(in srgb, var(--_accent) 18%, var(--_surface));
  }
  .heading {
    margin: 0 0 0.6rem;
    font-size: 1.35rem;
    font-weight: 700;
  }
  .group {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    align-items: center;
    padding-inline-end: 0.6rem;
  }
  .conclusion {
    font-size: 0.8rem;
    font-style: italic;
    color: var(--_muted);
  }
  .controls {
    display: grid;
    gap: 0.6rem;
    margin-bottom: 0.9rem;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 0.8rem;
    align-items: center;
  }
  .search input {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding: 0.3rem 0.6rem;
    min-width: min(18rem, 100%);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    align-items: center;
  }
  legend {
    float: left;
    margin-inline-end: 0.4rem;
    font-size: 0.85rem;
    font-weight: 600;
    color: var(--_muted);
  }
  .chip {
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    border-radius: 999px;
    padding: 0.15rem 0.7rem;
    font-size: 0.85rem;
    cursor: pointer;
  }
  .chip[aria-pressed='true'] {
    background: var(--_chip-on);
    border-color: var(--_accent);
    font-weight: 600;
  }
  .chip[aria-pressed='true']::before {
    content: '✓ ';
  }
  .clear {
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    font-size: 0.85rem;
  }
  .count {
    margin: 0;
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--nordic-card-min-width, 17rem), 100%), 1fr));
  }
  .cards.list {
    grid-template-columns: 1fr;
    gap: 0.6rem;
  }
  .cards > li {
    display: grid;
  }
  .empty {
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  @media print {
    .controls {
      display: none;
    }
    .cards {
      display: block;
    }
    .cards > li {
      display: block;
      margin-bottom: 0.8rem;
    }
  }
`;
