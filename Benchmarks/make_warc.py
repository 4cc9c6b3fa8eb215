#!/usr/bin/env python3
"""Writes a WARC (a gzip member per record, as crawlers write them) of benchmark pages, each as a
200 text/html response, repeated in order until RECORDS records. Usage:
make_warc.py OUT.warc.gz RECORDS PAGES_DIR [PAGES_DIR...]"""
import gzip, sys, uuid
from pathlib import Path

def main():
    out, records, dirs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    pages = []
    for d in dirs:
        for f in sorted(Path(d).glob('*.html*')):
            pages.append((f.name.split('.')[0], gzip.open(f).read() if f.suffix == '.gz' else f.read_bytes()))
    with open(out, 'wb') as w:
        for i in range(records):
            pid, body = pages[i % len(pages)]
            http = (b'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n' % len(body)) + body
            head = ('WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://bench.example/%s/%d\r\n'
                    'WARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: 2026-12-05T00:00:00Z\r\n'
                    'Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n'
                    % (pid, i, uuid.UUID(int=i), len(http))).encode()
            w.write(gzip.compress(head + http + b'\r\n\r\n', compresslevel=6))
    print(f'{out}: {records} records of {len(pages)} pages')

if __name__ == '__main__':
    main()
