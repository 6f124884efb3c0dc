/** The mediator of an agreement or exchange: `unter Vermittlung der USA`, `nach einer von Katar vermittelten Vereinbarung`. */
import { entity, firstOf } from '../../slots.ts'

export const mediatorEntity = firstOf(entity({ after: /Vermittlung|vermittelt (?:von|durch)|mithilfe|mit Hilfe/ }), entity({ after: /von/, before: /vermittelte\w*/ }))
