// A minimal Docusaurus site whose pages get their Box SDK samples from box-snippet's remark
// plugin: the one line that matters is `remarkPlugins`.

import boxSnippet from 'box-snippet/remark';

export default {
  title: 'box-snippet example',
  url: 'https://docs.example.com',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  themes: ['@docusaurus/theme-classic'],
  plugins: [
    [
      '@docusaurus/plugin-content-docs',
      {
        routeBasePath: '/',
        sidebarPath: false,
        remarkPlugins: [[boxSnippet, { flavour: 'docusaurus' }]],
      },
    ],
  ],
};
