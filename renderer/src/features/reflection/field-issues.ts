import type { ErrorData, FieldIssue } from '../../../../shared/contract/result';

/** Field messages by path, from an error's issues (server) or a step's own checks (client). */
export type IssueMap = Record<string, string>;

export function issueMap(source: ErrorData | FieldIssue[] | null | undefined): IssueMap {
  const issues = Array.isArray(source) ? source : (source?.issues ?? []);
  const map: IssueMap = {};
  for (const issue of issues) map[issue.path] ??= issue.message;
  return map;
}

/** A stable id for the message element of a field, for aria-describedby. */
export function errorId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/[^A-Za-z0-9_-]/g, '-')}-error`;
}
