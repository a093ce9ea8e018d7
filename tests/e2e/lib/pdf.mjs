// Reads the text of a PDF that Chromium printed (page.pdf), page by page, with nothing
// but node: objects, Flate streams, each font's ToUnicode map and the text operators.
// Enough for Chromium's own output (classic cross-reference, Type0 fonts with
// ToUnicode); not a general PDF reader.
import { inflateSync } from 'node:zlib';

function objects(bin) {
  const out = new Map();
  const re = /(\d+) 0 obj\b/g;
  let m;
  while ((m = re.exec(bin))) {
    const start = m.index + m[0].length;
    const end = bin.indexOf('endobj', start);
    if (end < 0) break;
    const body = bin.slice(start, end);
    const s = body.indexOf('stream');
    let dict = body;
    let stream = null;
    if (s >= 0 && /^\s*<</.test(body)) {
      dict = body.slice(0, s);
      let from = s + 'stream'.length;
      if (body[from] === '\r') from++;
      if (body[from] === '\n') from++;
      const stop = body.lastIndexOf('endstream');
      let raw = Buffer.from(body.slice(from, stop), 'latin1');
      const len = dict.match(/\/Length (\d+)(?! 0 R)/);
      if (len) raw = raw.subarray(0, Number(len[1]));
      stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    }
    out.set(Number(m[1]), { dict, stream });
    re.lastIndex = end;
  }
  return out;
}

const ref = (text, key) => {
  const m = text.match(new RegExp(`/${key}\\s+(\\d+) 0 R`));
  return m ? Number(m[1]) : null;
};

/** The text of the `<< … >>` written directly after `/key` (null when it's a reference). */
function subdict(text, key) {
  const m = new RegExp(`/${key}\\s*<<`).exec(text);
  if (!m) return null;
  let depth = 0;
  for (let j = m.index + m[0].length - 2; j < text.length - 1; j++) {
    if (text[j] === '<' && text[j + 1] === '<') { depth++; j++; }
    else if (text[j] === '>' && text[j + 1] === '>') { depth--; j++; if (depth === 0) return text.slice(m.index + m[0].length, j - 1); }
  }
  return null;
}

function utf16(hex) {
  let s = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return s;
}

function cmap(text) {
  const map = new Map();
  let width = 4;
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      width = src.length;
      map.set(parseInt(src, 16), utf16(dst));
    }
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, rest] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g)) {
      width = lo.length;
      const a = parseInt(lo, 16);
      const b = parseInt(hi, 16);
      if (rest.startsWith('[')) {
        [...rest.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((d, k) => map.set(a + k, utf16(d[1])));
      } else {
        const base = rest.slice(1, -1);
        const first = parseInt(base.slice(-4), 16);
        for (let c = a; c <= b; c++) map.set(c, utf16(base.slice(0, -4)) + String.fromCharCode(first + c - a));
      }
    }
  }
  return { map, width };
}

function decode(hex, font) {
  if (!font) return '';
  let s = '';
  for (let i = 0; i + font.width <= hex.length; i += font.width) s += font.map.get(parseInt(hex.slice(i, i + font.width), 16)) ?? '';
  return s;
}

function pageText(content, fonts) {
  let out = '';
  let font = null;
  const re = /\/(\S+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>|\[|\]|(-?[\d.]+)\s*(?=[\]<-\d\s])|(Td|TD|Tm|T\*|ET)\b/g;
  let m;
  let inArray = false;
  while ((m = re.exec(content))) {
    if (m[1]) font = fonts.get(m[1]);
    else if (m[2] !== undefined) out += decode(m[2], font);
    else if (m[0] === '[') inArray = true;
    else if (m[0] === ']') inArray = false;
    else if (m[3] !== undefined && inArray && Number(m[3]) < -200) out += ' ';
    // Chromium draws spaces as glyphs and may place glyphs one by one (Td): only a new
    // text position (Tm) or block ends a line.
    else if (m[4] && m[4] !== 'Td') out += '\n';
  }
  return out;
}

function kids(objs, id, acc) {
  const o = objs.get(id);
  if (!o) return acc;
  if (/\/Type\s*\/Pages\b/.test(o.dict)) {
    const list = o.dict.match(/\/Kids\s*\[([^\]]*)\]/);
    for (const k of list ? list[1].matchAll(/(\d+) 0 R/g) : []) kids(objs, Number(k[1]), acc);
  } else if (/\/Type\s*\/Page\b/.test(o.dict)) acc.push(id);
  return acc;
}

/** Each page's text and size in points, in order. */
export function readPdf(buffer) {
  const bin = Buffer.from(buffer).toString('latin1');
  const objs = objects(bin);
  const root = ref(bin.slice(bin.lastIndexOf('trailer')), 'Root');
  const pagesId = ref(objs.get(root).dict, 'Pages');
  const fontCache = new Map();
  return kids(objs, pagesId, []).map((id) => {
    const page = objs.get(id).dict;
    const resId = ref(page, 'Resources');
    const res = resId !== null ? objs.get(resId).dict : subdict(page, 'Resources') ?? '';
    const fontDictId = ref(res, 'Font');
    const fontDict = fontDictId !== null ? objs.get(fontDictId).dict : subdict(res, 'Font') ?? '';
    const fonts = new Map();
    for (const [, name, fid] of fontDict.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
      if (!fontCache.has(fid)) {
        const tu = ref(objs.get(Number(fid))?.dict ?? '', 'ToUnicode');
        fontCache.set(fid, tu !== null ? cmap(objs.get(tu).stream.toString('latin1')) : null);
      }
      fonts.set(name, fontCache.get(fid));
    }
    const contents = page.match(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/);
    const ids = contents ? [...contents[1].matchAll(/(\d+) 0 R/g)].map((x) => Number(x[1])) : [];
    const content = ids.map((c) => objs.get(c).stream.toString('latin1')).join('\n');
    const box = page.match(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/);
    return { text: pageText(content, fonts), width: box ? Number(box[3]) : null, height: box ? Number(box[4]) : null };
  });
}

/** Text with runs of white space made single spaces, for searching. */
export const flat = (s) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();
