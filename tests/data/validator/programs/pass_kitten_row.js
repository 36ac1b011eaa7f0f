// Kitten room: 4 kittens sit in a row, each with its own Hunger (0-100, shown under it) that drops at its own rate of 2, 3, 4 or 5 points per second. Clicking a kitten feeds it (+30, max 100) and it hops; a kitten below 25 hunger shows a "Meow!" bubble, and the top line shows how many kittens are hungry (below 25).
const KITTEN_COUNT = 4;
const FUR = [0xf4a261, 0x8d99ae, 0xfefae0, 0x6d597a];

class KittenRoom extends Phaser.Scene {
  constructor() {
    super('KittenRoom');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffffff, 1);
    g.fillTriangle(8, 30, 18, 0, 32, 24);
    g.fillTriangle(58, 24, 72, 0, 82, 30);
    g.fillEllipse(45, 52, 84, 64);
    g.fillStyle(0x222222, 1);
    g.fillCircle(30, 48, 5);
    g.fillCircle(60, 48, 5);
    g.fillStyle(0xff8fa3, 1);
    g.fillTriangle(40, 60, 50, 60, 45, 66);
    g.generateTexture('kitten', 90, 86);
    g.destroy();

    this.add.rectangle(400, 470, 800, 260, 0xd6ccc2);
    this.header = this.add.text(400, 40, '', { fontSize: '26px', color: '#3d405b' }).setOrigin(0.5);

    this.kittens = Array.from({ length: KITTEN_COUNT }, (_, i) => this.makeKitten(i));

    this.time.addEvent({
      delay: 250,
      loop: true,
      callback: () => {
        this.kittens.forEach((k) => this.setHunger(k, k.getData('hunger') - k.getData('rate') / 4));
        this.refreshHeader();
      }
    });
    this.refreshHeader();
  }

  makeKitten(i) {
    const x = 130 + i * 180;
    const kitten = this.add.image(x, 340, 'kitten').setTint(FUR[i]).setInteractive({ useHandCursor: true });
    const label = this.add.text(x, 400, '', { fontSize: '20px', color: '#3d405b' }).setOrigin(0.5);
    const bubble = this.add.text(x + 30, 270, 'Meow!', {
      fontSize: '18px', color: '#9d0208', backgroundColor: '#ffffff', padding: { x: 6, y: 4 }
    }).setOrigin(0.5).setVisible(false);

    kitten.setData({ hunger: 60 + i * 10, rate: 2 + i, label, bubble });
    kitten.on('pointerdown', () => {
      this.setHunger(kitten, kitten.getData('hunger') + 30);
      this.refreshHeader();
      if (!this.tweens.isTweening(kitten)) {
        this.tweens.add({ targets: kitten, y: 310, duration: 120, yoyo: true, ease: 'Quad.easeOut' });
      }
    });
    this.setHunger(kitten, kitten.getData('hunger'));
    return kitten;
  }

  setHunger(kitten, value) {
    const hunger = Phaser.Math.Clamp(value, 0, 100);
    kitten.setData('hunger', hunger);
    kitten.getData('label').setText('Hunger ' + Math.floor(hunger));
    kitten.getData('bubble').setVisible(hunger < 25);
  }

  refreshHeader() {
    const hungry = this.kittens.filter((k) => k.getData('hunger') < 25).length;
    this.header.setText(hungry === 0 ? 'All kittens are fed' : 'Hungry kittens: ' + hungry + ' of ' + this.kittens.length);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#edede9',
  scene: KittenRoom
};

new Phaser.Game(config);
