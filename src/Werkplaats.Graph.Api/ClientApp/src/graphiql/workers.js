// Tells Monaco (GraphiQL's editor) where the bundled workers are: served beside this page, never from a CDN.
const workerUrl = (name) => new URL(`./workers/${name}.js`, document.baseURI);

globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    switch (label) {
      case 'json':
        return new Worker(workerUrl('json'));
      case 'graphql':
        return new Worker(workerUrl('graphql'));
      default:
        return new Worker(workerUrl('editor'));
    }
  },
};
