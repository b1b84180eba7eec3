// `npm run content:import -- <corpus> <content-dir>`: lays a corpus in Microsoft's published layout
// (`<locale>/partner-center/…`) out as a content folder; then `CONTENT_DIR=<content-dir> npm run build`.
// See docs/content.md. The import's code is TypeScript beside the content pipeline, run through Vite.
import { runnerImport } from 'vite';

const [corpus, contentDir] = process.argv.slice(2);
if (!corpus || !contentDir) {
  console.error('Usage: npm run content:import -- <corpus> <content-dir>');
  process.exit(2);
}
const { module } = await runnerImport('/src/content/import/import-corpus.ts', {
  configFile: false,
  logLevel: 'silent',
});
const imports = module.importCorpus(corpus, contentDir);
console.log(module.formatImportSummary(imports));
console.log(`Imported into ${contentDir}; build it with CONTENT_DIR=${contentDir} npm run build`);
