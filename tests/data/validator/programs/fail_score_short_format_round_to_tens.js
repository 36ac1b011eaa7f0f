// Big numbers: a crystal mine whose output grows every second, shown as 1.2K / 3.4M
const UNITS = ['', 'K', 'M', 'B'];
function short(n) {
  if (n < 1000) return String(Math.floor(n));
  const tier = Math.min(Math.floor(Math.log10(n) / 3), UNITS.length - 1);
  const scaled = n / Math.pow(1000, tier);
  return Phaser.Math.RoundTo(scaled, 1) + UNITS[tier];
}
class Mine extends Phaser.Scene {
  constructor() { super('mine'); }
  create() {
    this.crystals = 900;
    this.rate = 150;
    this.label = this.add.text(320, 160, '', { fontSize: '40px', color: '#80deea' }).setOrigin(0.5);
    this.time.addEvent({ delay: 1000, loop: true, callback: () => { this.crystals += this.rate; this.rate *= 1.5; } });
  }
  update() { this.label.setText('Crystals: ' + short(this.crystals)); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 320, backgroundColor: '#102027', scene: Mine });
