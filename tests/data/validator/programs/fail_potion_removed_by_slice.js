// Inventory: click an item slot to use or equip it; a potion heals 25 HP and is used up, a weapon or armor is equipped (the old one goes back to the bag) and changes ATK/DEF.
const ITEMS = {
  potion: { name: 'Potion', type: 'consumable', heal: 25, color: 0xdd4466 },
  sword: { name: 'Sword', type: 'weapon', atk: 7, color: 0xcccccc },
  axe: { name: 'Axe', type: 'weapon', atk: 10, color: 0xaa7744 },
  shield: { name: 'Shield', type: 'armor', def: 4, color: 0x4477cc }
};

class InventoryScene extends Phaser.Scene {
  constructor() { super('Inventory'); }

  create() {
    this.hero = { hp: 40, maxHp: 100, baseAtk: 5, baseDef: 1 };
    this.equipped = { weapon: null, armor: null };
    this.inventory = ['potion', 'potion', 'sword', 'axe', 'shield'];
    this.stats = this.add.text(20, 20, '', { fontSize: '20px' });
    this.slots = this.add.container(0, 0);
    this.input.on('gameobjectdown', (pointer, obj) => {
      if (obj.getData('slot') !== undefined) this.useSlot(obj.getData('slot'));
    });
    this.refresh();
  }

  useSlot(index) {
    const id = this.inventory[index];
    if (!id) return;
    const item = ITEMS[id];
    if (item.type === 'consumable') {
      if (this.hero.hp >= this.hero.maxHp) return;
      this.hero.hp = Math.min(this.hero.maxHp, this.hero.hp + item.heal);
      this.inventory.slice(index, 1);
    } else {
      const old = this.equipped[item.type];
      this.inventory.splice(index, 1);
      if (old) this.inventory.push(old);
      this.equipped[item.type] = id;
    }
    this.refresh();
  }

  get atk() {
    const w = this.equipped.weapon;
    return this.hero.baseAtk + (w ? ITEMS[w].atk : 0);
  }

  get def() {
    const a = this.equipped.armor;
    return this.hero.baseDef + (a ? ITEMS[a].def : 0);
  }

  refresh() {
    const eq = this.equipped;
    this.stats.setText([
      `HP ${this.hero.hp}/${this.hero.maxHp}   ATK ${this.atk}   DEF ${this.def}`,
      `Weapon: ${eq.weapon ? ITEMS[eq.weapon].name : '-'}   Armor: ${eq.armor ? ITEMS[eq.armor].name : '-'}`
    ]);
    this.slots.removeAll(true);
    for (let i = 0; i < 8; i++) {
      const x = 70 + i * 70, y = 300;
      const box = this.add.rectangle(x, y, 60, 60, 0x2a2a3a).setStrokeStyle(2, 0x666688);
      box.setData('slot', i).setInteractive();
      this.slots.add(box);
      const id = this.inventory[i];
      if (id) {
        this.slots.add(this.add.circle(x, y - 8, 14, ITEMS[id].color));
        this.slots.add(this.add.text(x, y + 18, ITEMS[id].name, { fontSize: '11px' }).setOrigin(0.5));
      }
    }
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 640,
  height: 400,
  backgroundColor: '#15151f',
  scene: InventoryScene
});
