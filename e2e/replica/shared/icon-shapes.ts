// Simple 16×16 glyphs drawn for the replica, named after the Octicons GitHub uses in the same
// places (the class names are what scripts see; the shapes only need to look right).
// Shared by the server's markup and the React partial.

export const iconShapes = {
  'triangle-down': 'M4 6h8l-4 5z',
  check: 'M13.3 3.3a1 1 0 0 1 1.4 1.4l-7.5 7.5a1 1 0 0 1-1.4 0L2.3 8.7a1 1 0 1 1 1.4-1.4L6.5 10z',
  x: 'M3.7 2.3 8 6.6l4.3-4.3a1 1 0 1 1 1.4 1.4L9.4 8l4.3 4.3a1 1 0 0 1-1.4 1.4L8 9.4l-4.3 4.3a1 1 0 0 1-1.4-1.4L6.6 8 2.3 3.7a1 1 0 0 1 1.4-1.4z',
  plus: 'M8 2a1 1 0 0 1 1 1v4h4a1 1 0 1 1 0 2H9v4a1 1 0 1 1-2 0V9H3a1 1 0 0 1 0-2h4V3a1 1 0 0 1 1-1z',
  search: 'M7 1.5a5.5 5.5 0 0 1 4.4 8.8l3.4 3.4a.9.9 0 0 1-1.2 1.2l-3.4-3.4A5.5 5.5 0 1 1 7 1.5zm0 1.8a3.7 3.7 0 1 0 0 7.4 3.7 3.7 0 0 0 0-7.4z',
  repo: 'M3 2.5A1.5 1.5 0 0 1 4.5 1H13v11H4.5a.5.5 0 0 0 0 1H13v1.5H4.5A2 2 0 0 1 2.5 12.5v-10zM4.5 2.5v8H11.5v-8z',
  organization: 'M2 14V3l6-2v13zm1.5-9v1.5H5V5zm0 3v1.5H5V8zM9 14V6h5v8zm1.5-6v1.5H12V8z',
  person: 'M8 1.5a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM2.5 14c0-3 2.5-5 5.5-5s5.5 2 5.5 5z',
  copy: 'M5 5h8.5A1.5 1.5 0 0 1 15 6.5v7a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 5 13.5zm1.5 1.5v7h7v-7zM1 2.5A1.5 1.5 0 0 1 2.5 1h7A1.5 1.5 0 0 1 11 2.5V4H9.5V2.5h-7v7H4V11H2.5A1.5 1.5 0 0 1 1 9.5z',
  alert: 'M8 1.5 15 14H1zM7.2 6v4h1.6V6zm0 5v1.6h1.6V11z',
  key: 'M10.5 1a4.5 4.5 0 1 1-1.3 8.8L8 11H6.5v1.5H5V14H1.5v-2.6l4.7-4.6A4.5 4.5 0 0 1 10.5 1zm1 2.5a1 1 0 1 0 0 2 1 1 0 0 0 0-2z',
  trash: 'M6 1h4l.5 1.5H14V4H2V2.5h3.5zM3 5h10l-.8 9.2a1 1 0 0 1-1 .8H4.8a1 1 0 0 1-1-.8zm3 2v6h1.2V7zm2.8 0v6H10V7z',
  info: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zm-.8 6v5h1.6V7zm0-3v1.6h1.6V4z',
  'mark-github': 'M8 .5a7.5 7.5 0 0 0-2.4 14.6c.4.1.5-.2.5-.4v-1.4c-2.1.5-2.5-1-2.5-1-.3-.9-.8-1.1-.8-1.1-.7-.5 0-.5 0-.5.8.1 1.2.8 1.2.8.7 1.2 1.8.8 2.2.6.1-.5.3-.8.5-1-1.7-.2-3.4-.8-3.4-3.7 0-.8.3-1.5.8-2-.1-.2-.3-1 .1-2 0 0 .6-.2 2.1.8a7.2 7.2 0 0 1 3.8 0c1.4-1 2.1-.8 2.1-.8.4 1 .2 1.8.1 2 .5.5.8 1.2.8 2 0 2.9-1.7 3.5-3.4 3.7.3.2.5.7.5 1.4v2.1c0 .2.1.5.5.4A7.5 7.5 0 0 0 8 .5z',
} as const;

export type IconName = keyof typeof iconShapes;
