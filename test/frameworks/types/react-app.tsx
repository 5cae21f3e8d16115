// Compiles only if the package's JSX and event types are right (tsc -p test/frameworks/types).
import type {} from 'nordic-integration-widgets/react';
import 'nordic-integration-widgets/elements/case-study-card.js';
import type { NordicSelectDetail } from 'nordic-integration-widgets';

export function App({ onPick }: { onPick: (detail: NordicSelectDetail) => void }) {
  return (
    <>
      <nordic-fact fact="refugees" country="SE" theme="dark" onnordic-error={(event) => console.warn(event.detail.code, event.detail.accepted)} />
      <case-study-card case="krokom" heading-level={4} compact onnordic-select={(event) => onPick(event.detail)} ref={(card) => void card?.caseId} />
      <nordic-migration-map indicator="refugees-per-1000" level="country" controls onnordic-ready={(event) => event.detail.lang.toUpperCase()} />
      {/* @ts-expect-error theme has three values */}
      <nordic-trend-chart theme="blue" />
      {/* @ts-expect-error no such attribute */}
      <case-study-list layuot="grid" />
      {/* @ts-expect-error the detail of nordic-select has no `message` */}
      <case-study-card onnordic-select={(event) => event.detail.message} />
    </>
  );
}
