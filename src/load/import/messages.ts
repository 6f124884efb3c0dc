import {VFileMessage} from 'vfile-message'

/** Where a message points in the input: 1-based line and column. */
export interface InputPoint {
  line: number
  column: number
}

export type Severity = 'warning' | 'info' | 'error'

/**
 * Builds a diagnostic in the shape the rest of the pipeline reports with
 * vfile-reporter: file name first, then line:column, then rule id.
 */
export function importMessage(
  reason: string,
  details: {fileName: string; ruleId: string; severity: Severity; place?: InputPoint}
): VFileMessage {
  const message = new VFileMessage(reason, {
    place: details.place,
    ruleId: details.ruleId,
    source: 'bilingual-digest'
  })
  message.file = details.fileName
  // vfile's convention: true = error, false = warning, undefined = info.
  message.fatal = details.severity === 'error' ? true : details.severity === 'warning' ? false : undefined
  return message
}
