// 数学速算：点击数字键盘输入答案，答案显示在白色卡片上
const config = { type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#5c6bc0', scene: { create: create } };
let answer = '';

function create() {
  const a = Phaser.Math.Between(2, 9), b = Phaser.Math.Between(2, 9);
  this.add.text(400, 80, a + ' × ' + b + ' = ?', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5);
  // 白色答案卡片
  const card = this.add.graphics();
  card.fillStyle(0xffffff, 1).fillRoundedRect(280, 150, 240, 80, 14);
  const shown = this.add.text(400, 190, '', { fontSize: '44px', color: '#283593' }).setOrigin(0.5);
  const result = this.add.text(400, 270, '', { fontSize: '26px', color: '#fff59d' }).setOrigin(0.5);
  for (let d = 0; d <= 9; d++) {
    const x = 220 + (d % 5) * 90, y = 360 + Math.floor(d / 5) * 90;
    const key = this.add.text(x, y, String(d), { fontSize: '36px', color: '#ffffff', backgroundColor: '#3949ab', padding: { x: 22, y: 10 } })
      .setOrigin(0.5).setInteractive({ useHandCursor: true });
    key.on('pointerdown', () => {
      if (answer.length >= 2) answer = '';
      answer += d;
      shown.setText(answer);
      result.setText(Number(answer) === a * b ? '答对了！' : '');
    });
  }
}

new Phaser.Game(config);
