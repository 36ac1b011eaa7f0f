// Click a weapon to equip it and Save the loadout to localStorage; the Map is turned into a plain object first
const ITEMS = ['Sword', 'Axe', 'Bow'];

class Gear extends Phaser.Scene {
  constructor() { super('gear'); }
  preload() {}
  create() {
    this.equipped = new Map();
    this.status = this.add.text(20, 20, 'Weapon: none', { fontSize: '22px', color: '#ffffff' });
    ITEMS.forEach((item, i) => {
      this.add.text(100 + i * 200, 200, item, { fontSize: '28px', color: '#ffcc66' }).setInteractive()
        .on('pointerdown', () => { this.equipped.set('weapon', item); this.status.setText('Weapon: ' + item); });
    });
    this.add.text(100, 400, 'Save', { fontSize: '28px', color: '#88ff88' }).setInteractive()
      .on('pointerdown', () => {
        const save = { version: 1, equipped: Object.fromEntries(this.equipped) };
        localStorage.setItem('gear-save', JSON.stringify(save));
      });
    this.add.text(300, 400, 'Load', { fontSize: '28px', color: '#88ccff' }).setInteractive()
      .on('pointerdown', () => {
        const save = JSON.parse(localStorage.getItem('gear-save') || '{}');
        this.equipped = new Map(Object.entries(save.equipped || {}));
        this.status.setText('Weapon: ' + (this.equipped.get('weapon') || 'none'));
      });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#2a1e2e', scene: Gear });
