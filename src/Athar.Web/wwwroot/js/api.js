// The JSON API: errors come back as RFC 7807 problem details, shown to the user by their detail.

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
  }
}

/** GET a JSON resource; params is an object or URLSearchParams (empty values are left out). */
export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? params.entries() : Object.entries(params);
  for (const [name, value] of entries) {
    if (Array.isArray(value)) value.filter((v) => v !== '').forEach((v) => query.append(name, v));
    else if (value !== undefined && value !== null && value !== '') query.append(name, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body?.title, body?.detail);
  return body;
}
