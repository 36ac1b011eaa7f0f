// Equipment screen: the hero has 10 base ATK and one weapon slot; clicking a weapon card (Dagger +3, Sword +5, Axe +8) equips it in place of the current one, and the ATK shown is base plus the equipped weapon's bonus.
const WEAPONS = [
  { name: 'Dagger', atk: 3, color: 0x90a4ae },
  { name: 'Sword', atk: 5, color: 0x4fc3f7 },
  { name: 'Axe', atk: 8, color: 0xef5350 }
];

class EquipScene extends Phaser.Scene {
  constructor() {
    super({ key: 'Equip' });
  }

  create() {
    this.baseAtk = 10;
    this.atk = this.baseAtk;
    this.weapon = null;

    this.atkText = this.add.text(400, 80, '', { fontSize: '36px', color: '#ffffff' }).setOrigin(0.5);
    this.slotText = this.add.text(400, 130, '', { fontSize: '20px', color: '#cfd8dc' }).setOrigin(0.5);

    this.cards = WEAPONS.map((weapon, i) => {
      const card = this.add.container(200 + i * 200, 330);
      const bg = this.add.rectangle(0, 0, 150, 190, 0x263238).setStrokeStyle(3, 0x455a64);
      const icon = this.add.rectangle(0, -30, 60, 60, weapon.color);
      const label = this.add.text(0, 40, `${weapon.name}\n+${weapon.atk} ATK`, {
        fontSize: '18px', color: '#ffffff', align: 'center'
      }).setOrigin(0.5);
      card.add([bg, icon, label]);
      bg.setInteractive({ useHandCursor: true });
      bg.on('pointerdown', () => this.equip(weapon));
      card.setData('bg', bg);
      return card;
    });

    this.refresh();
  }

  equip(weapon) {
    if (this.weapon === weapon) return;
    this.weapon = weapon;
    this.atk = this.baseAtk + weapon.atk;
    this.refresh();
  }

  refresh() {
    this.atkText.setText(`ATK ${this.atk}`);
    this.slotText.setText(`Weapon: ${this.weapon ? this.weapon.name : 'none'}`);
    this.cards.forEach((card, i) => {
      const selected = WEAPONS[i] === this.weapon;
      card.getData('bg').setStrokeStyle(3, selected ? 0xffeb3b : 0x455a64);
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#11161c',
  scene: [EquipScene]
});
