export { StreamingMarkdown } from './StreamingMarkdown.tsx';
