import type { AnalysisStatus as Status } from '../generated/graphql';
import { formatDateTime } from '../common/dates';

interface Props {
  analysis: { status: Status; analyzedAt: string | null; error: string | null } | null;
}

const WORDS: Record<Status, string> = {
  DONE: 'Entities found',
  PENDING: 'Waiting for entity recognition',
  FAILED: 'Entity recognition failed',
};

/** Where entity recognition stands for the article (announced when it changes). */
export function AnalysisStatus({ analysis }: Props) {
  return (
    <p className={`analysis analysis-${analysis?.status ?? 'UNKNOWN'}`} role="status">
      {analysis ? WORDS[analysis.status] : 'Entity recognition status unavailable'}
      {analysis?.analyzedAt && <> on {formatDateTime(analysis.analyzedAt)}</>}
      {analysis?.error && <>: {analysis.error}</>}
    </p>
  );
}
