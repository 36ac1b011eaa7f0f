// Potion of regeneration: the hero starts at 50/100 HP; pressing H drinks a potion that heals 5 HP once per second for 3 seconds (15 HP in total), shown on an HP bar and counter.
class HeroScene extends Phaser.Scene {
  constructor() {
    super('Hero');
  }

  create() {
    this.maxHp = 100;
    this.hp = 50;
    this.potions = 3;
    this.regen = null;

    this.add.circle(400, 220, 50, 0xffcc80);
    this.add.text(400, 320, 'Press H to drink a potion', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
    this.hpText = this.add.text(400, 400, '', { fontSize: '26px', color: '#ffffff' }).setOrigin(0.5);
    this.potionText = this.add.text(20, 20, '', { fontSize: '20px', color: '#f48fb1' });
    this.bar = this.add.graphics();

    this.input.keyboard.on('keydown-H', this.drinkPotion, this);
    this.drawHp();
  }

  drinkPotion() {
    if (this.potions === 0 || (this.regen && this.regen.getOverallProgress() < 1)) return;
    this.potions -= 1;
    this.regen = this.time.addEvent({
      delay: 1000,
      repeat: 3,
      callback: () => {
        this.hp = Math.min(this.maxHp, this.hp + 5);
        this.floatText('+5');
        this.drawHp();
      }
    });
    this.drawHp();
  }

  floatText(msg) {
    const t = this.add.text(450, 180, msg, { fontSize: '24px', color: '#69f0ae' });
    this.tweens.add({ targets: t, y: 130, alpha: 0, duration: 700, onComplete: () => t.destroy() });
  }

  drawHp() {
    this.bar.clear();
    this.bar.fillStyle(0x424242, 1).fillRect(250, 440, 300, 24);
    this.bar.fillStyle(0xe53935, 1).fillRect(250, 440, 300 * (this.hp / this.maxHp), 24);
    this.hpText.setText(`HP ${this.hp} / ${this.maxHp}`);
    this.potionText.setText(`Potions: ${this.potions}`);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#1a237e',
  scene: HeroScene
});
