/**
 * bilingual-digest as a library: the pipeline's stages, for a site that runs them in
 * its own Markdown pipeline. The CLI (`src/cli/main.ts`) is a thin user of this API.
 *
 * - analyse: unified plugins that leave their results on `file.data`
 *   (`remarkArticleMeta` → `meta`, `remarkSentences` → `sentences`,
 *   `remarkEntities` → `mentions`/`entities`, `remarkQuantities` → `quantities`),
 *   or `createAnalyser()` / `analyseFile()` for all of them at once;
 * - glossary: `mergeGlossary()` across articles, `transliterate()` for one name;
 * - summarise: `loadRules()` + `summariseArticle()`;
 * - render: `renderSite()` (every output file for a site), `renderTbx()`, `renderDeeplTsv()`;
 * - the whole build: `buildFromContent()` / `buildSite()`, written with `writeOutput()`;
 * - `remarkGlossaryLinks`: links glossary names in any page to the glossary.
 */
import './vfile-data.ts'

export type { ArticleEntity, ArticleMeta, EntityType, Fact, GlossaryEntry, Lang, Mention, Quantity, Role, Sentence, SlotValue, SummarySentence, Token } from './types.ts'

// analyse
export { createAnalyser, analyseFile, remarkArticleMeta, remarkSentences, remarkEntities, remarkQuantities } from './analyse/index.ts'
export type { AnalysedArticle, AnalysedSentence, ArticleSummary, NameLookup, NameForms } from './summarise/index.ts'

// glossary
export { mergeGlossary, type Glossary, type GlossaryInput } from './glossary/merge.ts'
export { transliterate, type TranslitOptions, type TranslitResult } from './glossary/translit/index.ts'

// summarise
export { loadRules, summariseArticle } from './summarise/index.ts'

// render
export { renderSite, GLOSSARY_TBX_FILE, GLOSSARY_TSV_FILE, type RenderOptions, type SiteModel, type ArticleRecord } from './render/index.ts'
export { renderTbx } from './render/tbx.ts'
export { renderDeeplTsv } from './render/tsv.ts'
export { renderGlossaryJson, renderSummariesJson } from './render/json.ts'
export { glossaryAnchorsFor } from './render/glossary-page.ts'
export { siteAdapter, SITE_NAMES, DEFAULT_SITE, isSiteName, type SiteName, type SiteAdapter, type PageId } from './site/index.ts'

// the whole build
export { analyseAll, buildSite, buildFromContent, type BuildOptions, type BuildResult } from './build.ts'
export { listArticleFiles, readArticle, slugOfPath } from './load/content.ts'
export { importArticle, importFiles, type ImportOptions, type ImportResult } from './load/import/index.ts'
export { writeOutput, OutputDirError } from './write.ts'
export { createTranslator, loadLocaleResources, LANGS, type Translator } from './i18n.ts'

// for other sites' pipelines
export { default as remarkGlossaryLinks, type GlossaryLinksOptions } from './remark-glossary-links.ts'
