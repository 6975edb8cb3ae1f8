/** A short, quiet tone for new arrivals (optional; the screen-reader announcement is the real notice). */
export function beep(): void {
  try {
    const Ctx: typeof AudioContext | undefined = (window as unknown as { AudioContext?: typeof AudioContext }).AudioContext;
    if (!Ctx) {
      return;
    }
    const ctx: AudioContext = new Ctx();
    const osc: OscillatorNode = ctx.createOscillator();
    const gain: GainNode = ctx.createGain();
    gain.gain.value = 0.05;
    osc.frequency.value = 880;
    osc.connect(gain);
    gain.connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.15);
  } catch {
    // No sound on this device.
  }
}
