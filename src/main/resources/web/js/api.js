// The HTTP API (API-CONTRACT.md): JSON in, errors as {"error": "..."}.

/** GETs a JSON resource, leaving out empty parameters; throws with the server's error message. */
export async function getJson(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value);
  }
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    throw new Error(body && body.error ? body.error : `${url.pathname}: HTTP ${response.status}`);
  }
  return body;
}
