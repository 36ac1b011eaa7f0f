// Circular beat loop: 12 slots sit on a ring like the hours of a clock (slot 1 at the top, numbered clockwise; slots 1, 4, 7, 10 and 12 start lit) and clicking a slot toggles it. A hand sweeps clockwise from slot to slot every 200 ms, visiting all 12 slots in order on every loop; when it reaches a lit slot that slot pulses and the centre drum flashes, and the loop counter goes up each time the hand comes back to slot 1. SPACE pauses and resumes.
const SLOTS = 12;
const STEP_MS = 200;
const RADIUS = 190;
const START_LIT = [0, 3, 6, 9, 11];
const ON_COLOR = 0xff9100;
const OFF_COLOR = 0x2a2a3a;

class LoopRingScene extends Phaser.Scene {
  constructor() {
    super('LoopRing');
  }

  create() {
    this.ring = this.add.container(400, 300);
    this.ring.add(this.add.circle(0, 0, RADIUS, 0x000000, 0).setStrokeStyle(2, 0x3a3a55));
    this.hand = this.add.rectangle(0, 0, 6, RADIUS - 40, 0xffffff, 0.8).setOrigin(0.5, 1);
    this.drum = this.add.circle(0, 0, 60, 0x303048).setStrokeStyle(4, 0x8888aa);
    this.ring.add([this.hand, this.drum]);

    this.slots = [];
    for (let i = 0; i < SLOTS; i++) {
      const a = (i / SLOTS) * Math.PI * 2 - Math.PI / 2;
      const slot = this.add.circle(Math.cos(a) * RADIUS, Math.sin(a) * RADIUS, 26, OFF_COLOR);
      slot.setData('on', START_LIT.includes(i));
      slot.setInteractive({ useHandCursor: true });
      slot.on('pointerdown', () => {
        slot.setData('on', !slot.getData('on'));
        this.paintSlot(i);
      });
      const label = this.add.text(Math.cos(a) * (RADIUS + 46), Math.sin(a) * (RADIUS + 46), String(i + 1), {
        fontSize: '20px',
        color: '#9a9ab8'
      }).setOrigin(0.5);
      this.ring.add([slot, label]);
      this.slots.push(slot);
    }

    this.step = 0;
    this.loops = 1;
    this.hits = 0;
    this.info = this.add.text(20, 20, '', { fontSize: '22px', color: '#ffffff' });
    this.add.text(780, 570, 'click slots to toggle   SPACE: pause', { fontSize: '16px', color: '#77778f' }).setOrigin(1, 0.5);
    this.slots.forEach((slot, i) => this.paintSlot(i));

    this.clock = this.time.addEvent({ delay: STEP_MS, loop: true, callback: this.advance, callbackScope: this });
    this.input.keyboard.on('keydown-SPACE', () => {
      this.clock.paused = !this.clock.paused;
      this.refreshInfo();
    });
    this.enterSlot(0);
  }

  paintSlot(i) {
    const slot = this.slots[i];
    const current = i === this.step;
    slot.setFillStyle(slot.getData('on') ? ON_COLOR : OFF_COLOR);
    slot.setStrokeStyle(current ? 5 : 3, current ? 0xffffff : 0x6a6a88);
  }

  advance() {
    const previous = this.step;
    this.step = Phaser.Math.Wrap(this.step + 1, 0, SLOTS - 1);
    if (this.step === 0) this.loops += 1;
    this.paintSlot(previous);
    this.enterSlot(this.step);
  }

  enterSlot(i) {
    this.hand.rotation = (i / SLOTS) * Math.PI * 2;
    this.paintSlot(i);
    const slot = this.slots[i];
    if (slot.getData('on')) {
      this.hits += 1;
      this.tweens.add({ targets: slot, scale: { from: 1.35, to: 1 }, duration: 160 });
      this.drum.setFillStyle(ON_COLOR);
      this.tweens.add({ targets: this.drum, scale: { from: 1.15, to: 1 }, duration: 150 });
      this.time.delayedCall(110, () => this.drum.setFillStyle(0x303048));
    }
    this.refreshInfo();
  }

  refreshInfo() {
    const state = this.clock && this.clock.paused ? '   PAUSED' : '';
    this.info.setText('Loop ' + this.loops + '   slot ' + (this.step + 1) + ' / ' + SLOTS + '   hits ' + this.hits + state);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#12121c',
  scene: LoopRingScene
};

new Phaser.Game(config);
