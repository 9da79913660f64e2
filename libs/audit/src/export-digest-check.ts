/**
 * A digest kept outside the system, checked against an export instead of the live log: the
 * manifest's log digest is the log's own only when the export is the whole log from its start,
 * up to the very position the digest was kept at (verifyExport has held the events to that digest).
 */
import { formatPosition } from '@app/event-store';
import type { ExportManifest } from './export-format';
import { sameDigest } from './log-digest';
import type { DigestCheck, DigestClaim } from './verify-log';

export type ExportDigestCheck =
  { readonly comparable: true; readonly check: DigestCheck } | { readonly comparable: false; readonly reason: string };

export function checkExportDigest(manifest: ExportManifest, claim: DigestClaim): ExportDigestCheck {
  const position = formatPosition(claim.position);
  const narrowing = Object.keys(manifest.range).filter((key) => key !== 'toPosition');
  if (narrowing.length > 0) {
    return {
      comparable: false,
      reason: `the export is a slice of the log (${narrowing.join(', ')}), so its log digest is not the log's: export the whole log up to ${position} to check a digest kept there`,
    };
  }
  const end = manifest.range.toPosition ?? '';
  if (end !== position) {
    return {
      comparable: false,
      reason: `the export ends at ${end || '(no position)'}, the digest was kept at ${position}: export with --to-position ${position} to check it`,
    };
  }
  const actual = manifest.logDigest.digest;
  return {
    comparable: true,
    check: {
      position,
      expected: claim.digest,
      actual,
      count: manifest.count,
      matches: sameDigest(claim.digest, actual),
    },
  };
}
