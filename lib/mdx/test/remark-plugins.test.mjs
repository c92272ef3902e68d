/** Each of the portal's remark plugins on its fixtures (see run-fixtures.mjs for the format). */
import { fixtureSuite } from './run-fixtures.mjs'
import remarkExamplesColumn from '../remark-examples-column.mjs'
import remarkFigures from '../remark-figures.mjs'
import remarkHeadingIds from '../remark-heading-ids.mjs'
import remarkInclude from '../remark-include.mjs'
import remarkSampleGroups from '../remark-sample-groups.mjs'
import remarkTerminalTable from '../remark-terminal-table.mjs'

fixtureSuite('remark-heading-ids', (options) => [[remarkHeadingIds, options]])
fixtureSuite('remark-figures', (options) => [[remarkFigures, options]])
fixtureSuite('remark-sample-groups', (options) => [[remarkSampleGroups, options]])
fixtureSuite('remark-examples-column', (options) => [[remarkExamplesColumn, options]])
// Row anchors are built from the section's heading id, so heading ids run first, as on the site.
fixtureSuite('remark-terminal-table', (options) => [[remarkHeadingIds], [remarkTerminalTable, options]])
fixtureSuite('remark-include', (options) => [[remarkInclude, options], [remarkHeadingIds]])
