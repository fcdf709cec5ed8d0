import { open } from 'node:fs/promises';

const TS_PACKET = 188;
const SYNC_BYTE = 0x47;
const PAT_PID = 0;
const STREAM_TYPE_H264 = 0x1b;
const NAL_SPS = 7;
/** x264 writes the SPS in the first PES of a segment: its first packets are enough. */
const HEAD_BYTES = 64 * 1024;

/**
 * The exact RFC 6381 `avc1.PPCCLL` of an MPEG-TS segment's H.264 stream, read from its first SPS
 * (profile_idc, constraint flags, level_idc), as players compare it: x264 may pick a lower profile than
 * asked for. Read here rather than by an ffprobe per rendition, which cost more CPU than the parsing.
 */
export async function readAvcCodec(segmentPath: string): Promise<string> {
  const file = await open(segmentPath, 'r');
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(head, 0, HEAD_BYTES, 0);
    const codec = avcCodecOfTransportStream(head.subarray(0, bytesRead));
    if (!codec) throw new Error(`no H.264 sequence parameter set at the start of ${segmentPath}`);
    return codec;
  } finally {
    await file.close();
  }
}

/** The codec string of the first H.264 SPS in the given MPEG-TS bytes, or null when there is none. */
export function avcCodecOfTransportStream(ts: Buffer): string | null {
  let pmtPid: number | null = null;
  let videoPid: number | null = null;
  const videoPayload: Buffer[] = [];
  for (let at = 0; at + TS_PACKET <= ts.length; at += TS_PACKET) {
    const packet = readPacket(ts.subarray(at, at + TS_PACKET));
    if (!packet) return null;
    const { pid, unitStart, payload } = packet;
    if (pid === PAT_PID && unitStart) pmtPid = firstProgramMapPid(section(payload));
    else if (pid === pmtPid && unitStart) videoPid = h264Pid(section(payload));
    else if (pid === videoPid) {
      if (unitStart && videoPayload.length) break;
      if (unitStart || videoPayload.length) videoPayload.push(payload);
    }
  }
  const sps = findNalUnit(elementaryStream(Buffer.concat(videoPayload)), NAL_SPS);
  if (!sps || sps.length < 4) return null;
  const hex = (byte: number) => byte.toString(16).padStart(2, '0');
  return `avc1.${hex(sps[1])}${hex(sps[2])}${hex(sps[3])}`;
}

function readPacket(packet: Buffer): { pid: number; unitStart: boolean; payload: Buffer } | null {
  if (packet[0] !== SYNC_BYTE) return null;
  const pid = ((packet[1] & 0x1f) << 8) | packet[2];
  const adaptation = (packet[3] >> 4) & 0b11;
  const payloadStart = adaptation & 0b10 ? 5 + packet[4] : 4;
  const payload = adaptation & 0b01 ? packet.subarray(payloadStart) : Buffer.alloc(0);
  return { pid, unitStart: (packet[1] & 0x40) !== 0, payload };
}

/** A PSI section's bytes after its pointer field, cut to its section_length. */
function section(payload: Buffer): Buffer {
  if (payload.length < 1) return Buffer.alloc(0);
  const start = 1 + payload[0];
  if (payload.length < start + 3) return Buffer.alloc(0);
  const length = ((payload[start + 1] & 0x0f) << 8) | payload[start + 2];
  return payload.subarray(start, start + 3 + length);
}

function firstProgramMapPid(pat: Buffer): number | null {
  // programs from byte 8 to the CRC: program_number (2 bytes), then 13 bits of PID; number 0 is the NIT
  for (let at = 8; at + 4 <= pat.length - 4; at += 4) {
    if (pat.readUInt16BE(at) !== 0) return ((pat[at + 2] & 0x1f) << 8) | pat[at + 3];
  }
  return null;
}

function h264Pid(pmt: Buffer): number | null {
  if (pmt.length < 12) return null;
  const programInfoLength = ((pmt[10] & 0x0f) << 8) | pmt[11];
  for (let at = 12 + programInfoLength; at + 5 <= pmt.length - 4;) {
    const streamPid = ((pmt[at + 1] & 0x1f) << 8) | pmt[at + 2];
    if (pmt[at] === STREAM_TYPE_H264) return streamPid;
    at += 5 + (((pmt[at + 3] & 0x0f) << 8) | pmt[at + 4]);
  }
  return null;
}

/** A PES packet's payload (after its header). */
function elementaryStream(pes: Buffer): Buffer {
  if (pes.length < 9 || pes[0] !== 0 || pes[1] !== 0 || pes[2] !== 1) return Buffer.alloc(0);
  return pes.subarray(9 + pes[8]);
}

/** The first NAL unit of the type in an Annex B byte stream, from its header byte on. */
function findNalUnit(stream: Buffer, type: number): Buffer | null {
  for (let at = 0; at + 3 < stream.length; at++) {
    if (stream[at] === 0 && stream[at + 1] === 0 && stream[at + 2] === 1) {
      if ((stream[at + 3] & 0x1f) === type) return stream.subarray(at + 3);
      at += 2;
    }
  }
  return null;
}
