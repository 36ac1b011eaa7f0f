// A reaction test: click the circle as soon as it turns green; the five best times are kept in localStorage as JSON.
const KEY = 'reaction.best';
function loadBest() {
  try { return JSON.parse(localStorage.getItem(KEY) || '[]'); } catch (e) { return []; }
}
function saveBest(list) {
  localStorage.setItem(KEY, JSON.stringify(list));
}
class Reaction extends Phaser.Scene {
  constructor() { super('reaction'); }
  preload() {}
  create() {
    this.best = loadBest();
    this.light = this.add.circle(400, 280, 80, 0xc62828).setInteractive();
    this.info = this.add.text(400, 450, 'Wait for green...', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    this.table = this.add.text(620, 40, '', { fontSize: '18px', color: '#ffee58' });
    this.showTable();
    this.arm();
    this.light.on('pointerdown', () => {
      if (!this.greenAt) return;
      const ms = Math.round(this.time.now - this.greenAt);
      this.greenAt = 0;
      this.best.push({ ms, at: Date.now() });
      this.best.sort((a, b) => a.ms - b.ms);
      this.best = this.best.slice(0, 5);
      saveBest(this.best);
      this.info.setText(ms + ' ms');
      this.showTable();
      this.arm();
    });
  }
  arm() {
    this.light.setFillStyle(0xc62828);
    this.time.delayedCall(Phaser.Math.Between(600, 1500), () => { this.light.setFillStyle(0x43a047); this.greenAt = this.time.now; });
  }
  showTable() {
    this.table.setText(['BEST'].concat(this.best.map((b, i) => (i + 1) + '. ' + b.ms + ' ms')).join('\n'));
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#263238', scene: Reaction });
