// handlebars ships types for its full build only; the runtime build has the same API minus the
// compiler, which the core never calls.
declare module 'handlebars/runtime.js' {
  import Handlebars from 'handlebars';
  export default Handlebars;
}
