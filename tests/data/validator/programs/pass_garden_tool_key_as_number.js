// Garden planner: pick a plant with keys 1-3 (or click the palette) and click a bed to plant it; count each kind
const GRASS = 1, TULIP = 2, TREE = 3;
const PLANTS = { 1: { name: 'Grass', color: 0x66cc44 }, 2: { name: 'Tulip', color: 0xff66aa }, 3: { name: 'Tree', color: 0x227722 } };
class Garden extends Phaser.Scene {
  create() {
    this.tool = GRASS;
    this.beds = [];
    this.counts = this.add.text(20, 20, '', { fontSize: '18px', color: '#ffffff' });
    for (let i = 0; i < 8; i++) {
      const bed = this.add.rectangle(80 + i * 90, 300, 80, 80, 0x8b5a2b).setInteractive();
      bed.plant = 0;
      bed.on('pointerdown', () => { bed.plant = this.tool; bed.setFillStyle(PLANTS[this.tool].color); this.showCounts(); });
      this.beds.push(bed);
    }
    this.input.keyboard.on('keydown', (event) => {
      if (PLANTS[event.key]) this.tool = Number(event.key);
    });
    this.showCounts();
  }
  showCounts() {
    const n = (kind) => this.beds.filter((b) => b.plant === kind).length;
    this.counts.setText(`Grass ${n(GRASS)}  Tulips ${n(TULIP)}  Trees ${n(TREE)}   tool: ${PLANTS[this.tool].name}`);
    this.beds.forEach((b) => b.setStrokeStyle(b.plant === this.tool ? 3 : 0, 0xffffff));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Garden });
