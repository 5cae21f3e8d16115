import { NordicMigrationMap } from './nordic-migration-map.js';

NordicMigrationMap.define('nordic-migration-map');

declare global {
  interface HTMLElementTagNameMap {
    'nordic-migration-map': NordicMigrationMap;
  }
}

export { NordicMigrationMap };
