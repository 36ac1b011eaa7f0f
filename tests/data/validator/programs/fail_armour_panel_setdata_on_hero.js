// Equipment: click an item to put it on; the hero's stats panel shows attack and defence
const GEAR = [{ name: 'Sword', atk: 5, def: 0 }, { name: 'Shield', atk: 0, def: 4 }, { name: 'Helmet', atk: 0, def: 2 }];
class Gear extends Phaser.Scene {
  constructor() { super('gear'); }
  create() {
    this.hero = this.add.rectangle(480, 160, 60, 90, 0x5c6bc0);
    this.worn = new Set();
    this.panel = this.add.text(420, 240, '', { fontSize: '18px', color: '#ffffff' });
    this.hero.on('setdata', () => this.refresh());
    this.computeStats();
    GEAR.forEach((g, i) => {
      const row = this.add.text(40, 60 + i * 40, g.name, { fontSize: '20px', color: '#ffe082' }).setInteractive();
      row.on('pointerdown', () => { this.worn.add(g); this.computeStats(); });
    });
  }
  computeStats() {
    let atk = 1;
    let def = 1;
    this.worn.forEach((g) => { atk += g.atk; def += g.def; });
    this.hero.setData('atk', atk);
    this.hero.setData('def', def);
  }
  refresh() { this.panel.setText('ATK ' + this.hero.getData('atk') + '\nDEF ' + this.hero.getData('def')); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 640, height: 360, backgroundColor: '#1a1a2e', scene: Gear });
