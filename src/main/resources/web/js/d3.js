// d3 comes from the WebJar (org.webjars.npm:d3, pinned in pom.xml) and loads only when a chart
// is first drawn, so the search page and the article view stay light.

const D3_URL = '/webjars/d3/7.9.0/dist/d3.min.js';
let loaded = null;

/** Loads a classic script from the application once; resolves when it has run. */
export function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** The d3 global, loaded on first use. */
export function d3() {
  loaded = loaded || loadScript(D3_URL).then(() => window.d3);
  return loaded;
}
