// React 18 is installed under npm aliases (react18, react-dom18) beside the demo's React 19. Its API
// used here is the same as 19's, so the aliases borrow @types/react (19) for the tests.
declare module 'react18' {
  import React = require('react');
  export = React;
}
declare module 'react-dom18' {
  export * from 'react-dom';
}
declare module 'react-dom18/client' {
  export * from 'react-dom/client';
}
